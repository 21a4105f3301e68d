package org.repsportal.library;

/** A single note or comment: why a page looks outdated, or what a Council editor decided. */
class NoteForm {

    private String note;

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
