package org.repsportal.concerns;


/**
 * The "raise a concern" form as typed. The person concerned is chosen in the portal's person picker, which
 * sends their id; a name typed in its search box without choosing (no JavaScript) is resolved when the form is sent.
 */
class ConcernForm {

    private String category;
    private Long aboutPersonId;
    private String summary;
    private String details;
    private boolean involveMentor;
    private boolean reportingRouteFollowed;

    NewConcern toConcern(Long aboutPersonId) {
        return new NewConcern(category, aboutPersonId, summary, details, involveMentor, reportingRouteFollowed);
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getAboutPersonId() {
        return aboutPersonId;
    }

    public void setAboutPersonId(Long aboutPersonId) {
        this.aboutPersonId = aboutPersonId;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }

    public boolean isInvolveMentor() {
        return involveMentor;
    }

    public void setInvolveMentor(boolean involveMentor) {
        this.involveMentor = involveMentor;
    }

    public boolean isReportingRouteFollowed() {
        return reportingRouteFollowed;
    }

    public void setReportingRouteFollowed(boolean reportingRouteFollowed) {
        this.reportingRouteFollowed = reportingRouteFollowed;
    }
}
