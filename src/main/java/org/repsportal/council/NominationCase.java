package org.repsportal.council;

import java.util.List;
import java.util.Map;

import org.repsportal.people.PersonSummary;

/** A nomination with its follow-ups and the names of the people on it, for the Council. */
record NominationCase(Nomination nomination, List<NominationFollowUp> followUps, Map<Long, PersonSummary> names) {

    public NominationCase {
        followUps = List.copyOf(followUps);
        names = Map.copyOf(names);
    }

    public String nameOf(Long personId) {
        PersonSummary summary = personId == null ? null : names.get(personId);
        return summary == null ? null : summary.displayName();
    }
}
