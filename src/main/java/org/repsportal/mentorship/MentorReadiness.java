package org.repsportal.mentorship;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.repsportal.platform.Decision;

/**
 * Whether a mentor may be given new mentees now (for instance: not while their orientation is
 * incomplete). Another module implements it; without an implementation every mentor is ready.
 */
public interface MentorReadiness {

    Decision readyForNewMentees(long mentorId);

    /** Those of the given mentors who are not ready; implementations answer in a fixed number of queries. */
    default Set<Long> notReadyAmong(Collection<Long> mentorIds) {
        var notReady = new LinkedHashSet<Long>();
        for (long id : mentorIds) {
            if (readyForNewMentees(id).refused()) {
                notReady.add(id);
            }
        }
        return notReady;
    }
}
