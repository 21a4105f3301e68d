package org.repsportal.people;

/** What a person does in the program; a person may hold several. */
public enum Role {
    REP, MENTOR, COUNCIL, ADMIN, ALUMNI
}
