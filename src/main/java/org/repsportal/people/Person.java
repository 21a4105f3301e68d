package org.repsportal.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of the program: who they are, where, which languages and areas, which roles. */
@Entity
@Table(name = "people")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "people_seq")
    @SequenceGenerator(name = "people_seq", sequenceName = "people_seq", allocationSize = 50)
    private Long id;

    private String displayName;
    private String fullName;
    private String email;
    private String countryCode;
    private String city;
    private String timeZone;

    @Column(name = "portal_language")
    private String portalLanguage;
    private String bio;
    private LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    private PersonStatus status = PersonStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_roles", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_languages", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "language_code")
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_functional_areas", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "area_code")
    private Set<String> functionalAreas = new LinkedHashSet<>();

    @Version
    private long version;

    protected Person() {
    }

    public Person(String displayName, String fullName, String email, String countryCode, String timeZone,
                  LocalDate joinedOn, Set<Role> roles) {
        this.displayName = displayName;
        this.fullName = fullName;
        this.email = email;
        this.countryCode = countryCode;
        this.timeZone = timeZone;
        this.joinedOn = joinedOn;
        this.roles.addAll(roles);
    }

    void update(ProfileChanges changes) {
        this.displayName = changes.displayName().strip();
        this.fullName = changes.fullName().strip();
        this.countryCode = changes.countryCode();
        this.city = blankToNull(changes.city());
        this.timeZone = changes.timeZone();
        this.bio = blankToNull(changes.bio());
        this.languages.clear();
        this.languages.addAll(changes.languages());
        this.functionalAreas.clear();
        this.functionalAreas.addAll(changes.functionalAreas());
    }

    /**
     * Pseudonymises the person for good: a name that only says they were a member, an address no mail reaches,
     * nothing else that tells who they were; the country stays for the program's regional statistics.
     */
    /** Pseudonymises the profile; the event carries the names it went by, for the listeners in this transaction. */
    PersonErased erase(long erasedBy, Instant at) {
        PersonErased erased = new PersonErased(id, erasedBy, at, java.util.List.of(displayName, fullName));
        this.displayName = Erasure.formerMemberName(id);
        this.fullName = displayName;
        this.email = Erasure.erasedEmail(id);
        this.city = null;
        this.bio = null;
        this.timeZone = "UTC";
        this.status = PersonStatus.ERASED;
        this.roles.clear();
        this.languages.clear();
        this.functionalAreas.clear();
        return erased;
    }

    void changeStatus(PersonStatus status) {
        this.status = status;
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getCity() {
        return city;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getBio() {
        return bio;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public PersonStatus getStatus() {
        return status;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<String> getLanguages() {
        return Collections.unmodifiableSet(languages);
    }

    public Set<String> getFunctionalAreas() {
        return Collections.unmodifiableSet(functionalAreas);
    }

    public long getVersion() {
        return version;
    }

    /** The language the person reads the portal and its mail in ({@code en}, {@code es}); null until chosen. */
    public String getPortalLanguage() {
        return portalLanguage;
    }

    void choosePortalLanguage(String language) {
        this.portalLanguage = language;
    }
}
