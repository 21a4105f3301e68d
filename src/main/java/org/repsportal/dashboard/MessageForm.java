package org.repsportal.dashboard;

import java.util.ArrayList;
import java.util.List;


/** The "Email mentees" form as typed. */
class MessageForm {

    private List<Long> to = new ArrayList<>();
    private boolean all;
    private String subject;
    private String body;

    MenteeMessage toMessage() {
        return new MenteeMessage(to == null ? List.of() : to, all, subject, body);
    }

    public List<Long> getTo() {
        return to;
    }

    public void setTo(List<Long> to) {
        this.to = to;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
