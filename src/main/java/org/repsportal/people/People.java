package org.repsportal.people;

import org.repsportal.platform.Decision;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's entry point: finding people, naming them, changing profiles and roles. */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository persons;
    private final Catalog catalog;
    private final JdbcClient jdbc;

    People(PersonRepository persons, Catalog catalog, JdbcClient jdbc) {
        this.persons = persons;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    public Optional<Person> find(long id) {
        return persons.findById(id);
    }

    public Person get(long id) {
        return persons.findById(id).orElseThrow(() -> new NotFoundException("Person", id));
    }

    public Optional<Person> findByEmail(String email) {
        return persons.findByEmail(email);
    }

    /** The person with the roles they hold now, in one statement: it runs on every request. */
    public Optional<Actor> actorFor(long personId) {
        return jdbc.sql("select array(select r.role from person_roles r where r.person_id = p.id), p.portal_language, p.time_zone"
                        + " from people p where p.id = ?")
                .param(personId)
                .query((rs, n) -> {
                    var roles = EnumSet.noneOf(Role.class);
                    for (Object role : (Object[]) rs.getArray(1).getArray()) {
                        roles.add(Role.valueOf((String) role));
                    }
                    return new Actor(personId, roles, rs.getString(2), rs.getString(3));
                })
                .optional();
    }

    /** The languages the portal offers: English, the base, and Spanish. */
    public static final List<String> PORTAL_LANGUAGES = List.of("en", "es");

    /**
     * The person chooses the language they read the portal and its mail in ({@code null} leaves it to the
     * browser); only they may choose it.
     */
    @Transactional
    public void choosePortalLanguage(Actor actor, long personId, String language) {
        ProfileEditPolicy.mayEdit(actor, personId).orForbid();
        if (language != null && !PORTAL_LANGUAGES.contains(language)) {
            throw new InvalidInputException(List.of(new FieldProblem("portalLanguage", "profile.portalLanguage.unknown")));
        }
        get(personId).choosePortalLanguage(language);
    }

    /**
     * The language a person who has not chosen one yet starts with, e.g. the one an accepted applicant applied in;
     * a choice they made stays.
     */
    @Transactional
    public void startInLanguage(long personId, String language) {
        if (language != null && PORTAL_LANGUAGES.contains(language) && get(personId).getPortalLanguage() == null) {
            get(personId).choosePortalLanguage(language);
        }
    }

    /** The portal language each of the given people chose (those who chose none are left out), in one query. */
    public Map<Long, String> portalLanguages(Collection<Long> ids) {
        var result = new LinkedHashMap<Long, String>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, portal_language from people where id = any(?) and portal_language is not null")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> result.put(rs.getLong(1), rs.getString(2)))
                .list();
        return result;
    }

    /** Display names of the given people, in one query. */
    public Map<Long, PersonSummary> summaries(Collection<Long> ids) {
        var result = new LinkedHashMap<Long, PersonSummary>();
        if (ids.isEmpty()) {
            return result;
        }
        for (Object[] row : persons.findNames(ids.toArray(Long[]::new))) {
            long id = ((Number) row[0]).longValue();
            result.put(id, new PersonSummary(id, (String) row[1]));
        }
        return result;
    }

    /** Cards of the given people, by name, in one query. */
    public List<PersonCard> cards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, display_name, email, joined_on, status from people where id = any(:ids) order by lower(display_name), id")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new PersonCard(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
                        rs.getObject("joined_on", java.time.LocalDate.class), PersonStatus.valueOf(rs.getString("status"))))
                .list();
    }

    public List<PersonSummary> summariesInOrder(List<Long> ids) {
        Map<Long, PersonSummary> byId = summaries(ids);
        return byName(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    static List<PersonSummary> byName(List<PersonSummary> people) {
        return people.stream()
                .sorted(java.util.Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Active people holding a role, by name, in one query. */
    public List<PersonSummary> activeWithRole(Role role) {
        return persons.findActiveWithRole(role.name()).stream()
                .map(row -> new PersonSummary(((Number) row[0]).longValue(), (String) row[1]))
                .toList();
    }

    @Transactional
    public Person register(NewPerson newPerson) {
        var changes = new ProfileChanges(newPerson.displayName(), newPerson.fullName(), newPerson.countryCode(),
                newPerson.city(), newPerson.timeZone(), newPerson.languages(), newPerson.functionalAreas(), newPerson.bio());
        var problems = ProfileRules.check(changes, catalog);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var person = new Person(newPerson.displayName(), newPerson.fullName(), newPerson.email(),
                newPerson.countryCode(), newPerson.timeZone(), newPerson.joinedOn(), newPerson.roles());
        person.update(changes);
        if (newPerson.status() != null) {
            person.changeStatus(newPerson.status());
        }
        return persons.saveAndFlush(person);
    }

    /** Changes a profile after checking who may and that the details are valid. */
    @Transactional
    public Person updateProfile(Actor actor, long personId, ProfileChanges changes) {
        Person person = get(personId);
        ProfileEditPolicy.mayEdit(actor, personId).orForbid();
        var problems = ProfileRules.check(changes, catalog);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        person.update(changes);
        return person;
    }

    @Transactional
    public void grantRole(long personId, Role role) {
        Person person = get(personId);
        if (!person.has(role)) {
            person.grant(role);
        }
    }

    @Transactional
    public void revokeRole(long personId, Role role) {
        Person person = get(personId);
        if (person.has(role)) {
            person.revoke(role);
        }
    }

    /** The person leaves the program as alumni: status ALUMNI and the Alumni role; read-only, no duties. */
    @Transactional
    public void makeAlumni(long personId) {
        Person person = get(personId);
        person.changeStatus(PersonStatus.ALUMNI);
        grantRole(personId, Role.ALUMNI);
    }

    /** Undoes {@link #makeAlumni}: the person takes part again. */
    @Transactional
    public void reactivate(long personId) {
        Person person = get(personId);
        person.changeStatus(PersonStatus.ACTIVE);
        revokeRole(personId, Role.ALUMNI);
    }

    /** What importing a person from a roster does: keyed by email, a second run of the same row changes nothing. */
    public enum ImportOutcome { CREATED, UPDATED, UNCHANGED }

    /** Only Admins import the roster. */
    public static Decision mayImport(Actor actor) {
        return actor.has(Role.ADMIN) ? Decision.allow() : Decision.refuse("policy.people.import-admin");
    }

    /** A person found by their email for an import: who they are and the roles they hold now. */
    public record ImportMatch(long id, java.util.Set<Role> roles) {
    }

    /** The people with the given emails (any case), by lower-cased email, with their roles: one statement. */
    public Map<String, ImportMatch> findByEmails(Collection<String> emails) {
        var found = new LinkedHashMap<String, ImportMatch>();
        snapshots(emails).forEach((email, snapshot) -> found.put(email, new ImportMatch(snapshot.id(), snapshot.roles())));
        return found;
    }

    /**
     * What importing each row would do (created, updated or unchanged), by the row's lower-cased email,
     * reading everyone with their roles, languages and areas in one statement.
     */
    public Map<String, ImportOutcome> previewImports(Actor actor, Collection<NewPerson> rows) {
        mayImport(actor).orForbid();
        Map<String, Snapshot> existing = snapshots(rows.stream().map(NewPerson::email).toList());
        var outcomes = new LinkedHashMap<String, ImportOutcome>();
        for (NewPerson row : rows) {
            String email = row.email().toLowerCase(java.util.Locale.ROOT);
            Snapshot person = existing.get(email);
            outcomes.put(email, person == null ? ImportOutcome.CREATED
                    : person.sameAs(row) ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED);
        }
        return outcomes;
    }

    /** A person as an import compares them with a row. */
    private record Snapshot(long id, String displayName, String fullName, String countryCode, java.util.Set<Role> roles,
                            java.util.Set<String> languages, java.util.Set<String> areas) {

        boolean sameAs(NewPerson row) {
            return displayName.equals(row.displayName()) && fullName.equals(row.fullName())
                    && java.util.Objects.equals(countryCode, row.countryCode())
                    && languages.equals(new java.util.HashSet<>(row.languages()))
                    && areas.equals(new java.util.HashSet<>(row.functionalAreas()))
                    && roles.containsAll(row.roles());
        }
    }

    private Map<String, Snapshot> snapshots(Collection<String> emails) {
        var found = new LinkedHashMap<String, Snapshot>();
        if (emails.isEmpty()) {
            return found;
        }
        String[] lower = emails.stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).distinct().toArray(String[]::new);
        jdbc.sql("""
                        select p.id, lower(p.email) as email, p.display_name, p.full_name, p.country_code,
                               array(select r.role from person_roles r where r.person_id = p.id) as roles,
                               array(select l.language_code from person_languages l where l.person_id = p.id) as languages,
                               array(select a.area_code from person_functional_areas a where a.person_id = p.id) as areas
                        from people p where lower(p.email) = any(:emails)""")
                .param("emails", lower)
                .query((java.sql.ResultSet rs) -> {
                    var roles = EnumSet.noneOf(Role.class);
                    for (String role : strings(rs.getArray("roles"))) {
                        roles.add(Role.valueOf(role));
                    }
                    found.put(rs.getString("email"), new Snapshot(rs.getLong("id"), rs.getString("display_name"),
                            rs.getString("full_name"), rs.getString("country_code"), roles,
                            java.util.Set.copyOf(strings(rs.getArray("languages"))),
                            java.util.Set.copyOf(strings(rs.getArray("areas")))));
                });
        return found;
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : java.util.Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }

    /**
     * Creates the person of a roster row, or brings the one with its email up to date: names, country,
     * languages, functional areas, and any role of the row they do not hold yet (roles are never taken away).
     */
    @Transactional
    public ImportOutcome importPerson(Actor actor, NewPerson row) {
        mayImport(actor).orForbid();
        var existing = persons.findByEmail(row.email());
        if (existing.isEmpty()) {
            register(row);
            return ImportOutcome.CREATED;
        }
        Person person = existing.get();
        if (sameAs(person, row)) {
            return ImportOutcome.UNCHANGED;
        }
        var changes = new ProfileChanges(row.displayName(), row.fullName(), row.countryCode(), person.getCity(),
                person.getTimeZone(), row.languages(), row.functionalAreas(), person.getBio());
        var problems = ProfileRules.check(changes, catalog);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        person.update(changes);
        for (Role role : row.roles()) {
            grantRole(person.getId(), role);
        }
        return ImportOutcome.UPDATED;
    }

    private static boolean sameAs(Person person, NewPerson row) {
        return person.getDisplayName().equals(row.displayName()) && person.getFullName().equals(row.fullName())
                && person.getCountryCode().equals(row.countryCode())
                && person.getLanguages().equals(new java.util.HashSet<>(row.languages()))
                && person.getFunctionalAreas().equals(new java.util.HashSet<>(row.functionalAreas()))
                && person.getRoles().containsAll(row.roles());
    }

    public long count() {
        return persons.count();
    }
}
