package org.repsportal.mentorship;

import java.util.ArrayList;
import java.util.Map;

import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;

/**
 * A change of mentor as a page or the API shows it: who, the state, who has agreed, and what the viewer may do
 * ({@code party} is the viewer's part, null for the Council).
 */
record ReassignmentView(long id, long menteeId, String menteeName, Long fromMentorId, String fromMentorName,
                               long toMentorId, String toMentorName, String reason, String state,
                               boolean menteeAgreed, boolean currentMentorAgreed, boolean newMentorAgreed,
                               String declineReason, String handoverNote, String party, boolean viewerMayAnswer,
                               long version) {

    static ReassignmentView of(Reassignment r, Reassignment.Party party, People people) {
        var ids = new ArrayList<Long>();
        ids.add(r.getMenteeId());
        ids.add(r.getToMentorId());
        if (r.getFromMentorId() != null) {
            ids.add(r.getFromMentorId());
        }
        Map<Long, PersonSummary> names = people.summaries(ids);
        boolean mayAnswer = party != null && r.getState() == Reassignment.State.PROPOSED && !r.hasAgreed(party);
        // the handover note is for the new mentor, the one who wrote it and the Council
        String note = party == Reassignment.Party.MENTEE ? null : r.getHandoverNote();
        return new ReassignmentView(r.getId(), r.getMenteeId(), name(names, r.getMenteeId()), r.getFromMentorId(),
                r.getFromMentorId() == null ? null : name(names, r.getFromMentorId()), r.getToMentorId(),
                name(names, r.getToMentorId()), r.getReason(), r.getState().name(),
                r.hasAgreed(Reassignment.Party.MENTEE), r.hasAgreed(Reassignment.Party.CURRENT_MENTOR),
                r.hasAgreed(Reassignment.Party.NEW_MENTOR), r.getDeclineReason(), note,
                party == null ? null : party.name(), mayAnswer, r.getVersion());
    }

    private static String name(Map<Long, PersonSummary> names, long id) {
        PersonSummary s = names.get(id);
        return s == null ? String.valueOf(id) : s.displayName();
    }
}
