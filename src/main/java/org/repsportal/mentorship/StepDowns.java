package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Role;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stepping down: the mentor gives a last day and per mentee an optional successor, the portal sends their
 * (edited) message to the mentees through the outbox and asks the Council to reassign; the Mentor role ends
 * when no mentee is left. A Rep leaving the program takes the same path and ends as alumni.
 */
@Service
@Transactional
class StepDowns {

    /** What the mentor sees before starting: their mentees and a drafted message. */
    public record Draft(List<Long> menteeIds, String subject, String body) {
    }

    private final StepDownRepository stepDowns;
    private final Mentorships mentorships;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProgramLeavers leavers;

    StepDowns(StepDownRepository stepDowns, Mentorships mentorships, People people, Outbox outbox, Texts texts,
              ApplicationEventPublisher events, Clock clock, ProgramLeavers leavers) {
        this.leavers = leavers;
        this.stepDowns = stepDowns;
        this.mentorships = mentorships;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /** The portal's draft of the message to the mentees, which the mentor may edit. */
    @Transactional(readOnly = true)
    public Draft draft(Actor actor, LocalDate lastDay) {
        String name = people.get(actor.personId()).getDisplayName();
        return new Draft(mentorships.currentMenteeIds(actor.personId()), texts.get("stepdown.draft.subject", name),
                texts.get("stepdown.draft.body", name, lastDay == null ? LocalDate.now(clock).plusDays(30) : lastDay));
    }

    /** Starts stepping down; returns its id. */
    public long start(Actor actor, LocalDate lastDay, boolean leavingProgram, Map<Long, Long> successors,
                      String subject, String body) {
        if (!leavingProgram && !actor.has(Role.MENTOR)) {
            throw new org.repsportal.platform.ForbiddenException("policy.mentorship.stepdown-mentors-only");
        }
        LocalDate today = LocalDate.now(clock);
        if (lastDay == null || lastDay.isBefore(today)) {
            throw new RuleViolationException("policy.mentorship.stepdown-date");
        }
        if (stepDowns.findOpenOf(actor.personId()).isPresent()) {
            throw new RuleViolationException("policy.mentorship.stepdown-open");
        }
        List<Long> mentees = mentorships.currentMenteeIds(actor.personId());
        var kept = new java.util.LinkedHashMap<Long, Long>();
        for (long mentee : mentees) {
            Long successor = successors == null ? null : successors.get(mentee);
            if (successor != null && successor != actor.personId()) {
                kept.put(mentee, successor);
            }
        }
        var stepDown = stepDowns.save(new StepDown(actor.personId(), lastDay, leavingProgram, subject.strip(), body.strip(),
                kept, clock.instant()));
        var mails = new ArrayList<Mail>();
        for (long mentee : mentees) {
            mails.add(Mail.to(mentee, MailCategory.MENTORSHIP, subject.strip(), body.strip()).replyTo(actor.personId()));
        }
        outbox.queueAll(mails);
        events.publishEvent(stepDown.started());
        if (mentees.isEmpty()) {
            completeIfNoMenteeLeft(actor.personId());
        }
        return stepDown.getId();
    }

    /**
     * Completes the open step-down of the mentor when no mentee is left with them: the Mentor role ends. A Rep
     * leaving the program takes part until their last day, so theirs completes only after it ({@link #lastDaysPassed});
     * until then the Council's task closes, its work being done.
     */
    public void completeIfNoMenteeLeft(long mentorId) {
        stepDowns.findOpenOfForUpdate(mentorId).ifPresent(stepDown -> {
            if (mentorships.currentMenteeCount(mentorId) > 0) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            if (stepDown.isLeavingProgram() && !stepDown.getLastDay().isBefore(today)) {
                events.publishEvent(new TaskWorkDone("stepdown:" + stepDown.getId(), "no mentee is left with the mentor"));
                return;
            }
            complete(stepDown, today);
        });
    }

    /**
     * The day after a step-down's last day: mentees still assigned to the mentor are no longer (they wait on the
     * orphan watch, and the Council is told), the Mentor role ends, and a Rep leaving the program becomes alumni,
     * their own mentorships ended and their tasks withdrawn. Returns how many step-downs completed.
     */
    public int lastDaysPassed(LocalDate today) {
        List<StepDown> due = stepDowns.findOpenWithLastDayBefore(today);
        for (StepDown stepDown : due) {
            String reason = texts.get(stepDown.isLeavingProgram() ? "stepdown.left.reason" : "stepdown.ended.reason");
            List<Long> left = mentorships.endAsMentor(stepDown.getMentorId(), reason);
            if (!left.isEmpty()) {
                events.publishEvent(stepDown.lastDayPassed(left));
            }
            complete(stepDown, today);
        }
        return due.size();
    }

    private void complete(StepDown stepDown, LocalDate today) {
        long mentorId = stepDown.getMentorId();
        MentorRoleEnded ended = stepDown.complete(today);
        stepDowns.save(stepDown);
        people.revokeRole(mentorId, Role.MENTOR);
        if (stepDown.isLeavingProgram()) {
            leavers.leave(mentorId, texts.get("stepdown.left.reason"));
        }
        events.publishEvent(ended);
    }

    /** The step-down for the Council (or the mentor): mentees still with them, recommendations, proposals. */
    @Transactional(readOnly = true)
    public StepDownView view(Actor actor, long id, MentorProposals proposals) {
        StepDown s = stepDowns.findById(id).orElseThrow(() -> new NotFoundException("StepDown", id));
        if (!actor.is(s.getMentorId()) && !actor.has(Role.COUNCIL)) {
            throw new NotFoundException("StepDown", id);
        }
        List<Long> mentees = mentorships.currentMenteeIds(s.getMentorId());
        Map<Long, List<Proposal>> ranked = actor.has(Role.COUNCIL)
                ? proposals.rank(mentees, LocalDate.now(clock), LocalDate.now(clock).plusDays(MentorProposals.DEFAULT_PERIOD_DAYS))
                : Map.of();
        var ids = new ArrayList<Long>(mentees);
        ids.add(s.getMentorId());
        ids.addAll(s.getSuccessors().values());
        var names = people.summaries(ids);
        var rows = new ArrayList<StepDownView.Mentee>();
        for (long mentee : mentees) {
            Long successor = s.getSuccessors().get(mentee);
            rows.add(new StepDownView.Mentee(mentee, names.get(mentee).displayName(), successor,
                    successor == null ? null : names.get(successor).displayName(),
                    ranked.getOrDefault(mentee, List.of()).stream().limit(3).toList()));
        }
        return new StepDownView(s.getId(), s.getMentorId(), names.get(s.getMentorId()).displayName(), s.getLastDay(),
                s.isLeavingProgram(), s.getState().name(), rows);
    }
}
