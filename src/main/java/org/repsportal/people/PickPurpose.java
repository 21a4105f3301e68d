package org.repsportal.people;

/**
 * What a person is picked for, which decides whom a picker offers and who may use it ({@link PersonPicker#mayPick}).
 */
public enum PickPurpose {
    /** Anyone the directory lists but the viewer: the person a concern is about. */
    ANYONE,
    /** An active member other than the viewer: the delegate of an absence. */
    DELEGATE,
    /** An active mentor: a Rep's (new) mentor, a successor; for mentors, the Council and Admins. */
    MENTOR,
    /** One of the viewer's current mentees: check-ins, nominations, report filters; for mentors. */
    MENTEE,
    /** An active Rep other than the viewer: a nomination to become a mentor; for the Council and Admins. */
    REP
}
