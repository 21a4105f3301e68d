package org.repsportal.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Builds people for a test through the modules' own services. Every person is new and unique, so tests
 * sharing one database do not see each other's data by accident.
 *
 * <pre>{@code
 * Person mentor = program.mentor("Ana");
 * Person rep = program.someone("Baraka").from("KE", "Nairobi", "Africa/Nairobi").speaking("sw", "en").rep();
 * Group group = program.aMentorWith(3);
 * }</pre>
 *
 * Where the identity module runs (the whole portal), each person gets an account with {@link #PASSWORD} and an
 * API token; a module test without it gets the person alone. Assigning mentors needs the mentorship module.
 */
@Component
public class Program {

    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final People people;
    private final ObjectProvider<Accounts> accounts;
    private final ObjectProvider<AccessTokens> tokens;
    private final ObjectProvider<Mentorships> mentorships;

    Program(People people, ObjectProvider<Accounts> accounts, ObjectProvider<AccessTokens> tokens,
            ObjectProvider<Mentorships> mentorships) {
        this.people = people;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mentorships = mentorships;
    }

    /** A person, their account, and an API token equal to "token-" plus their email. */
    public Person person(String name, Role... roles) {
        return someone(name).as(roles);
    }

    /** Someone to describe before they join: where they live, what they speak and do, since when. */
    public Someone someone(String name) {
        return new Someone(name);
    }

    /** A mentor and their mentees, each assigned as an onboarding assigns them. */
    public record Group(Person mentor, List<Person> mentees) {

        public Person mentee() {
            return mentees.get(0);
        }
    }

    /** A new Rep whom this mentor guides. */
    public Person menteeOf(Person mentor, String name) {
        Person mentee = rep(name);
        assign(mentee, mentor);
        return mentee;
    }

    /** A new mentor with this many new mentees. */
    public Group aMentorWith(int mentees) {
        Person mentor = mentor("Mentor");
        List<Person> group = new ArrayList<>();
        for (int i = 1; i <= mentees; i++) {
            group.add(menteeOf(mentor, "Mentee"));
        }
        return new Group(mentor, List.copyOf(group));
    }

    /** The description of a person to register; {@link #as} (or {@link #rep}, {@link #mentor}, …) registers them. */
    public final class Someone {

        private final String name;
        private String fullName;
        private String localPart;
        private String country = "DE";
        private String city = "Berlin";
        private String zone = "Europe/Berlin";
        private Set<String> languages = Set.of("en");
        private Set<String> areas = Set.of("EVENTS");
        private LocalDate since = LocalDate.of(2024, 1, 15);
        private boolean account = true;

        private Someone(String name) {
            this.name = name;
            this.fullName = name + " Fullname";
            this.localPart = name.toLowerCase().replaceAll("[^a-z]", "");
        }

        public Someone fullName(String fullName) {
            this.fullName = fullName;
            return this;
        }

        /** The start of their email address; a number after it keeps the address unique. */
        public Someone email(String localPart) {
            this.localPart = localPart;
            return this;
        }

        /** Their country, city (or null) and time zone. */
        public Someone from(String country, String city, String zone) {
            this.country = country;
            this.city = city;
            this.zone = zone;
            return this;
        }

        /** Their country, with no city and the UTC time zone. */
        public Someone from(String country) {
            return from(country, null, "UTC");
        }

        public Someone speaking(String... languages) {
            this.languages = Set.of(languages);
            return this;
        }

        /** Their functional areas. */
        public Someone working(Set<String> areas) {
            this.areas = Set.copyOf(areas);
            return this;
        }

        public Someone working(String... areas) {
            return working(Set.of(areas));
        }

        /** Involved with the program since this day. */
        public Someone since(LocalDate since) {
            this.since = since;
            return this;
        }

        /** Without an account or token, for a test that opens the account itself. */
        public Someone withoutAccount() {
            this.account = false;
            return this;
        }

        public Person as(Role... roles) {
            int n = SEQUENCE.incrementAndGet();
            String email = localPart + "." + n + "@test.example";
            Person person = people.register(new NewPerson(name, fullName, email, country, city, zone, languages, areas, null,
                    since, roles.length == 0 ? EnumSet.of(Role.REP) : EnumSet.of(roles[0], roles), PersonStatus.ACTIVE));
            if (account) {
                accounts.ifAvailable(a -> a.open(person.getId(), email, PASSWORD));
                tokens.ifAvailable(t -> t.issue(person.getId(), "test", tokenOf(person)));
            }
            return person;
        }

        public Person rep() {
            return as(Role.REP);
        }

        public Person mentor() {
            return as(Role.REP, Role.MENTOR);
        }

        public Person council() {
            return as(Role.REP, Role.MENTOR, Role.COUNCIL);
        }
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

    /** The Council member who makes the fixture's assignments, created on first use. */
    public Person fixtureCouncil() {
        if (councilMember == null) {
            councilMember = council("Fixture Council");
        }
        return councilMember;
    }

    /** A mentor given as an onboarding gives one: a first mentor is not mailed (the mentorship's own tests mail it). */
    public void assign(Person mentee, Person mentor) {
        mentorships.getObject().assignAcceptedApplicant(actor(fixtureCouncil()),
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
