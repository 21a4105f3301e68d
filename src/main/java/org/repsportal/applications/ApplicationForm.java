package org.repsportal.applications;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The public application form as typed: three referee rows, links one per line, the spam traps. */
class ApplicationForm {

    private String name;
    private String email;
    private String region;
    private String country;
    private String city;
    private List<String> languages = new ArrayList<>();
    private String timeZone;
    private List<String> functionalAreas = new ArrayList<>();
    private Boolean adult;
    private Integer monthsInvolved;
    private String motivation;
    private String contributions;
    private String otherProjects;
    private String goals;
    private String mobilising;
    private String links;
    private List<String> refereeNames = new ArrayList<>(List.of("", "", ""));
    private List<String> refereeEmails = new ArrayList<>(List.of("", "", ""));
    /** When the form was shown (epoch milliseconds), to tell a person from a script. */
    private Long startedAt;
    /** Hidden from people; a script that fills it in is not one. */
    private String website;

    ApplicationRequest toRequest() {
        var referees = new ArrayList<ApplicationRequest.RefereeRequest>();
        for (int i = 0; i < Math.max(refereeNames.size(), refereeEmails.size()); i++) {
            referees.add(new ApplicationRequest.RefereeRequest(i < refereeNames.size() ? refereeNames.get(i) : null,
                    i < refereeEmails.size() ? refereeEmails.get(i) : null));
        }
        return new ApplicationRequest(name, email, region, country, city, languages, timeZone, functionalAreas,
                adult, monthsInvolved,
                new Answers(motivation, contributions, otherProjects, goals, mobilising), splitLines(links), referees);
    }

    static List<String> splitLines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String field(String problemField) {
        return switch (problemField) {
            case "answers.motivation" -> "motivation";
            case "answers.contributions" -> "contributions";
            case "answers.otherProjects" -> "otherProjects";
            case "answers.goals" -> "goals";
            case "answers.mobilising" -> "mobilising";
            case "referees" -> "refereeNames";
            default -> problemField;
        };
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public List<String> getFunctionalAreas() { return functionalAreas; }
    public void setFunctionalAreas(List<String> functionalAreas) { this.functionalAreas = functionalAreas; }
    public Boolean getAdult() { return adult; }
    public void setAdult(Boolean adult) { this.adult = adult; }
    public Integer getMonthsInvolved() { return monthsInvolved; }
    public void setMonthsInvolved(Integer monthsInvolved) { this.monthsInvolved = monthsInvolved; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
    public String getContributions() { return contributions; }
    public void setContributions(String contributions) { this.contributions = contributions; }
    public String getOtherProjects() { return otherProjects; }
    public void setOtherProjects(String otherProjects) { this.otherProjects = otherProjects; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public String getMobilising() { return mobilising; }
    public void setMobilising(String mobilising) { this.mobilising = mobilising; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public List<String> getRefereeNames() { return refereeNames; }
    public void setRefereeNames(List<String> refereeNames) { this.refereeNames = refereeNames; }
    public List<String> getRefereeEmails() { return refereeEmails; }
    public void setRefereeEmails(List<String> refereeEmails) { this.refereeEmails = refereeEmails; }
    public Long getStartedAt() { return startedAt; }
    public void setStartedAt(Long startedAt) { this.startedAt = startedAt; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
