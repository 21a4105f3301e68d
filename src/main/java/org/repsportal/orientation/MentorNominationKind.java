package org.repsportal.orientation;

/** Who put the Rep forward: their mentor, a Council member, or the Rep themselves (endorsed by their mentor). */
public enum MentorNominationKind {
    BY_MENTOR, BY_COUNCIL, SELF
}
