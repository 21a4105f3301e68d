package org.repsportal.library;


/** A suggested edit as typed: the whole new text, the version it was written for, and a note. */
class SuggestionForm {

    private Integer baseVersion;
    private String body;
    private String note;

    NewSuggestion toSuggestion() {
        return new NewSuggestion(baseVersion, body, note);
    }

    public Integer getBaseVersion() {
        return baseVersion;
    }

    public void setBaseVersion(Integer baseVersion) {
        this.baseVersion = baseVersion;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
