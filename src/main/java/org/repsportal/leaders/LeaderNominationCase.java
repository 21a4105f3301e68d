package org.repsportal.leaders;

import java.util.List;
import java.util.Map;

import org.repsportal.people.PersonSummary;

/** A nomination with its follow-ups and the names of the people on it, for the Council. */
record LeaderNominationCase(LeaderNomination nomination, List<LeaderNominationFollowUp> followUps, Map<Long, PersonSummary> names) {

    public LeaderNominationCase {
        followUps = List.copyOf(followUps);
        names = Map.copyOf(names);
    }

    public String nameOf(Long personId) {
        PersonSummary summary = personId == null ? null : names.get(personId);
        return summary == null ? null : summary.displayName();
    }
}
