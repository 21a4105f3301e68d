package org.repsportal.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.repsportal.identity.AccessTokens;
import org.repsportal.identity.Accounts;
import org.repsportal.mentorship.AssignMentor;
import org.repsportal.mentorship.AssignmentKind;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.springframework.stereotype.Component;

/**
 * Builds people for a test through the modules' own services. Every person is new and unique, so tests
 * sharing one database do not see each other's data by accident.
 */
@Component
public class Program {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final People people;
    private final Accounts accounts;
    private final AccessTokens tokens;
    private final Mentorships mentorships;

    Program(People people, Accounts accounts, AccessTokens tokens, Mentorships mentorships) {
        this.people = people;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mentorships = mentorships;
    }

    /** A person, their account, and an API token equal to "token-" plus their email. */
    public Person person(String name, Role... roles) {
        int n = SEQUENCE.incrementAndGet();
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "." + n + "@test.example";
        Person person = people.register(new NewPerson(name, name + " Fullname", email, "DE", "Berlin", "Europe/Berlin",
                Set.of("en"), Set.of("EVENTS"), null, LocalDate.of(2024, 1, 15),
                roles.length == 0 ? EnumSet.of(Role.REP) : EnumSet.of(roles[0], roles), PersonStatus.ACTIVE));
        accounts.open(person.getId(), email, PASSWORD);
        tokens.issue(person.getId(), "test", tokenOf(person));
        return person;
    }

    public Person rep(String name) {
        return person(name, Role.REP);
    }

    public Person mentor(String name) {
        return person(name, Role.REP, Role.MENTOR);
    }

    public Person council(String name) {
        return person(name, Role.REP, Role.MENTOR, Role.COUNCIL);
    }

    public Person admin(String name) {
        return person(name, Role.ADMIN);
    }

    private Person councilMember;

    /** Assigns a mentor as the Council would. */
    /** The Council member who makes the fixture's assignments, created on first use. */
    public Person fixtureCouncil() {
        if (councilMember == null) {
            councilMember = council("Fixture Council");
        }
        return councilMember;
    }

    /** A mentor given as an onboarding gives one: a first mentor is not mailed (the mentorship's own tests mail it). */
    public void assign(Person mentee, Person mentor) {
        mentorships.assignAcceptedApplicant(actor(fixtureCouncil()),
                new AssignMentor(mentee.getId(), mentor.getId(), AssignmentKind.PERMANENT, "test")
                        .withCapacityOverride("the test needs a large group"));
    }

    public Actor actor(Person person) {
        return people.actorFor(person.getId()).orElseThrow();
    }

    public static String tokenOf(Person person) {
        return "token-" + person.getEmail();
    }

    public static String bearer(Person person) {
        return "Bearer " + tokenOf(person);
    }
}
