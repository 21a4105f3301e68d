package org.repsportal.concerns;

import java.util.List;
import java.util.Map;

import org.repsportal.people.PersonSummary;

/**
 * A concern as one reader may see it: the concern, the names of the people on it, and — for the Council — the
 * audit trail and whether the reader may move it along.
 */
record ConcernCase(Concern concern, Map<Long, PersonSummary> names, List<AuditEntry> auditTrail,
                          boolean mayHandle, boolean maySeeAuditTrail) {

    public ConcernCase {
        names = Map.copyOf(names);
        auditTrail = List.copyOf(auditTrail);
    }

    /** The display name of someone on the concern, or null. */
    public String nameOf(Long personId) {
        if (personId == null) {
            return null;
        }
        PersonSummary summary = names.get(personId);
        return summary == null ? null : summary.displayName();
    }
}
