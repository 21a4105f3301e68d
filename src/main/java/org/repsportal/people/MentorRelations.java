package org.repsportal.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who mentors whom, as the people module needs it for the directory and profiles. The mentorship
 * module provides it, so that people does not depend on mentorship.
 */
public interface MentorRelations {

    /** The current mentor of each of the given people that has one, in one query. */
    Map<Long, Long> currentMentorIds(Collection<Long> menteeIds);

    /** The people the given mentor mentors now. */
    List<Long> currentMenteeIds(long mentorId);

    /** Whether the actor may give Reps a (new) mentor, by the mentorship module's rule. */
    default boolean mayChangeMentors(Actor actor) {
        return false;
    }

    MentorRelations NONE = new MentorRelations() {
        @Override
        public Map<Long, Long> currentMentorIds(Collection<Long> menteeIds) {
            return Map.of();
        }

        @Override
        public List<Long> currentMenteeIds(long mentorId) {
            return List.of();
        }
    };
}
