package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.availability.AbsenceDeclared;
import org.repsportal.availability.Absences;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Council's work on a long mentor absence: for each mentee the absent mentor permanently guides, the interim
 * mentor already given for the absence or the portal's proposals for its days, and the assignment of one of them
 * as interim mentor until the absence's last day. An interim made here belongs to the absence, so it follows the
 * absence's changes and early end, starts with the absence if it has not begun, and the Council's task closes
 * once every mentee has one.
 */
@Service
@Transactional
class AbsenceInterims {

    /** How many proposals the page offers per mentee, best first. */
    static final int SHOWN = 3;

    /** The absence as the Council works on it. */
    record View(long absenceId, long mentorId, String mentorName, LocalDate from, LocalDate lastDay, boolean over,
                List<Mentee> mentees) {

        public boolean allCovered() {
            return !mentees.isEmpty() && mentees.stream().allMatch(m -> m.interimId() != null);
        }
    }

    /** One mentee: their interim mentor for the absence (null if none yet) and the proposals for its days. */
    record Mentee(long id, String name, Long interimId, String interimName, LocalDate interimFirstDay, LocalDate interimLastDay,
                  List<Proposal> proposals) {
    }

    /** Optional, as a bootstrap of this module without availability has none: then no absence is known. */
    private final ObjectProvider<Absences> absences;
    private final Mentorships mentorships;
    private final MentorAssignmentRepository assignments;
    private final MentorProposals proposals;
    private final People people;
    private final Texts texts;
    private final Clock clock;

    AbsenceInterims(ObjectProvider<Absences> absences, Mentorships mentorships, MentorAssignmentRepository assignments,
                    MentorProposals proposals, People people, Texts texts, Clock clock) {
        this.absences = absences;
        this.mentorships = mentorships;
        this.assignments = assignments;
        this.proposals = proposals;
        this.people = people;
        this.texts = texts;
        this.clock = clock;
    }

    /** The absence's mentees and their interim mentors or proposals, for the Council; anyone else is refused. */
    @Transactional(readOnly = true)
    public View view(Actor actor, long absenceId) {
        councilOnly(actor);
        AbsenceDeclared absence = absence(absenceId);
        LocalDate today = LocalDate.now(clock);
        boolean over = absence.to().isBefore(today);
        List<Long> mentees = mentorships.permanentMenteeIds(absence.personId());
        Map<Long, MentorAssignment> interims = new HashMap<>();
        for (MentorAssignment interim : assignments.findInterimsFor(absenceId)) {
            if (interim.getHandedBackOn() == null) {
                interims.merge(interim.getMenteeId(), interim, (a, b) -> a.getId() > b.getId() ? a : b);
            }
        }
        List<Long> uncovered = mentees.stream().filter(m -> !interims.containsKey(m)).toList();
        LocalDate from = absence.from().isAfter(today) ? absence.from() : today;
        Map<Long, List<Proposal>> ranked = over ? Map.of() : proposals.rank(uncovered, from, absence.to());
        var ids = new ArrayList<Long>(mentees);
        ids.add(absence.personId());
        interims.values().forEach(a -> ids.add(a.getMentorId()));
        var names = people.summaries(ids);
        var rows = new ArrayList<Mentee>();
        for (long mentee : mentees) {
            MentorAssignment interim = interims.get(mentee);
            rows.add(new Mentee(mentee, names.get(mentee).displayName(),
                    interim == null ? null : interim.getMentorId(),
                    interim == null ? null : names.get(interim.getMentorId()).displayName(),
                    interim == null ? null : interim.getStartedOn(),
                    interim == null ? null : interim.getEndedOn().minusDays(1),
                    ranked.getOrDefault(mentee, List.of()).stream().limit(SHOWN).toList()));
        }
        return new View(absenceId, absence.personId(), names.get(absence.personId()).displayName(), absence.from(),
                absence.to(), over, rows);
    }

    /**
     * The Council makes the mentor the mentee's interim mentor for the absence, until its last day, through the
     * assignment rules (capacity, readiness). Refused for a mentee the absent mentor does not guide (unknown here)
     * and once the absence is over.
     */
    public MentorAssignment assign(Actor actor, long absenceId, Long menteeId, Long mentorId) {
        councilOnly(actor);
        if (menteeId == null || mentorId == null) {
            throw new InvalidInputException(List.of(new FieldProblem(menteeId == null ? "menteeId" : "mentorId",
                    "mentorship.api.required")));
        }
        AbsenceDeclared absence = absence(absenceId);
        if (absence.to().isBefore(LocalDate.now(clock))) {
            throw new IllegalTransitionException("interims.over");
        }
        if (!mentorships.permanentMenteeIds(absence.personId()).contains(menteeId)) {
            throw new NotFoundException("Mentee", menteeId);
        }
        String away = people.get(absence.personId()).getDisplayName();
        return mentorships.assignInterimFrom(actor, AssignMentor.interim(menteeId, mentorId, texts.get("interims.reason", away),
                absence.to(), absenceId), absence.from());
    }

    private AbsenceDeclared absence(long absenceId) {
        Absences known = absences.getIfAvailable();
        return (known == null ? java.util.Optional.<AbsenceDeclared>empty() : known.asDeclared(absenceId))
                .orElseThrow(() -> new NotFoundException("Absence", absenceId));
    }

    private static void councilOnly(Actor actor) {
        if (!actor.has(Role.COUNCIL)) {
            throw new ForbiddenException("policy.mentorship.council-decides");
        }
    }
}
