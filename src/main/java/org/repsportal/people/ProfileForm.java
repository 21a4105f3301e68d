package org.repsportal.people;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The fields of the profile form, as typed; kept when the form comes back with errors. */
class ProfileForm {

    @NotBlank
    @Size(max = 60)
    private String displayName;

    @NotBlank
    @Size(max = 120)
    private String fullName;

    @NotBlank
    private String countryCode;

    @Size(max = 100)
    private String city;

    @NotBlank
    @Size(max = 64)
    private String timeZone;

    private List<String> languages = new ArrayList<>();

    private List<String> functionalAreas = new ArrayList<>();

    @Size(max = 2000)
    private String bio;

    /** The language of the portal and its mail ({@code en}, {@code es}); empty leaves it to the browser. */
    private String portalLanguage;

    static ProfileForm from(Person person) {
        var form = new ProfileForm();
        form.displayName = person.getDisplayName();
        form.fullName = person.getFullName();
        form.countryCode = person.getCountryCode();
        form.city = person.getCity();
        form.timeZone = person.getTimeZone();
        form.languages = new ArrayList<>(person.getLanguages());
        form.functionalAreas = new ArrayList<>(person.getFunctionalAreas());
        form.bio = person.getBio();
        form.portalLanguage = person.getPortalLanguage();
        return form;
    }

    ProfileChanges toChanges() {
        return new ProfileChanges(displayName, fullName, countryCode, city,
                timeZone == null ? null : timeZone.strip(),
                java.util.Set.copyOf(languages == null ? List.of() : languages),
                java.util.Set.copyOf(functionalAreas == null ? List.of() : functionalAreas), bio);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public List<String> getFunctionalAreas() {
        return functionalAreas;
    }

    public void setFunctionalAreas(List<String> functionalAreas) {
        this.functionalAreas = functionalAreas;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    /** The chosen language, or null when the person leaves it to their browser. */
    String chosenLanguage() {
        return portalLanguage == null || portalLanguage.isBlank() ? null : portalLanguage.strip();
    }

    public String getPortalLanguage() {
        return portalLanguage;
    }

    public void setPortalLanguage(String portalLanguage) {
        this.portalLanguage = portalLanguage;
    }
}
