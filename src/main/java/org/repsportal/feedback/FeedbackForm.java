package org.repsportal.feedback;

/** Feedback as typed on the form; a mentor forwarding a mentee's picks the mentee and whether they are named. */
class FeedbackForm {

    private String to;
    private String subject;
    private String text;
    private Long menteeId;
    private Boolean menteeNamed;

    NewFeedback toFeedback() {
        return new NewFeedback(to, subject, text, menteeId, menteeId == null ? null : menteeNamed);
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getMenteeId() {
        return menteeId;
    }

    public void setMenteeId(Long menteeId) {
        this.menteeId = menteeId;
    }

    public Boolean getMenteeNamed() {
        return menteeNamed;
    }

    public void setMenteeNamed(Boolean menteeNamed) {
        this.menteeNamed = menteeNamed;
    }
}
