package org.repsportal.library;

/** A Council editor's comment on accepting or rejecting a suggestion. */
class DecisionForm {

    private String comment;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
