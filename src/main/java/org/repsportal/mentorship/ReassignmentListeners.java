package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.TaskWorkDone;
import org.repsportal.tasks.TasksHandedOver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The side effects of changes of mentor and of stepping down: mail with each party's link, the Council's tasks,
 * open tasks moving to the new mentor, and the end of the Mentor role when no mentee is left.
 */
@Component
class ReassignmentListeners {

    private final ReassignmentRepository reassignments;
    private final StepDowns stepDowns;
    private final MentorProposals proposals;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PortalLinks links;

    ReassignmentListeners(ReassignmentRepository reassignments, StepDowns stepDowns, MentorProposals proposals,
                          People people, Outbox outbox, Texts texts, ApplicationEventPublisher events, Clock clock,
                          PortalLinks links) {
        this.reassignments = reassignments;
        this.stepDowns = stepDowns;
        this.proposals = proposals;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(ReassignmentProposed proposed) {
        Reassignment r = reassignments.findById(proposed.reassignmentId()).orElseThrow();
        Map<Long, PersonSummary> names = names(r);
        var mails = new ArrayList<Mail>();
        Map<Long, Texts> in = texts.forPeople(names.keySet());
        for (Reassignment.Party party : Reassignment.Party.values()) {
            if (r.hasAgreed(party) || r.tokenOf(party) == null) {
                continue;
            }
            String link = links.to("/mentorship/reassignments/answer/" + r.tokenOf(party));
            Texts texts = in.getOrDefault(r.personOf(party), this.texts);
            mails.add(Mail.to(r.personOf(party), MailCategory.MENTORSHIP,
                    texts.get("reassignment.mail.proposed.subject", name(names, r.getMenteeId())),
                    texts.get("reassignment.mail.proposed.body", name(names, r.getMenteeId()),
                            r.getFromMentorId() == null ? "-" : name(names, r.getFromMentorId()),
                            name(names, r.getToMentorId()), r.getReason(), link)));
        }
        outbox.queueAll(mails);
    }

    @ApplicationModuleListener
    void on(ReassignmentSentToCouncil sent) {
        Reassignment r = reassignments.findById(sent.reassignmentId()).orElseThrow();
        Map<Long, PersonSummary> names = names(r);
        councilTask(TaskTitle.of("reassignment.task", name(names, r.getMenteeId()), name(names, r.getToMentorId())),
                r.getMenteeId(), "reassignment:" + r.getId());
    }

    @ApplicationModuleListener
    void on(MentorReassigned done) {
        Reassignment r = reassignments.findById(done.reassignmentId()).orElseThrow();
        Map<Long, PersonSummary> names = names(r);
        if (done.fromMentorId() != null) {
            events.publishEvent(new TasksHandedOver(done.menteeId(), done.fromMentorId(), done.toMentorId(),
                    texts.get("reassignment.tasks-moved", name(names, done.toMentorId()))));
        }
        String mentee = name(names, done.menteeId());
        String to = name(names, done.toMentorId());
        String link = links.to("/people/" + done.menteeId() + "/mentor");
        var recipients = new java.util.LinkedHashSet<Long>();
        recipients.add(done.menteeId());
        recipients.add(done.toMentorId());
        if (done.fromMentorId() != null) {
            recipients.add(done.fromMentorId());
        }
        if (done.councilMemberId() == null) {
            people.activeWithRole(Role.COUNCIL).forEach(c -> recipients.add(c.id()));
        }
        var mails = new ArrayList<Mail>();
        Map<Long, Texts> in = texts.forPeople(recipients);
        for (long recipient : recipients) {
            mails.add(Mail.to(recipient, MailCategory.MENTORSHIP, in.get(recipient).get("reassignment.mail.done.subject", mentee, to),
                    in.get(recipient).get("reassignment.mail.done.body", mentee, to, link)));
        }
        outbox.queueAll(mails);
        events.publishEvent(new TaskWorkDone("reassignment:" + r.getId(), "the new mentor is " + to));
        if (done.fromMentorId() != null) {
            stepDowns.completeIfNoMenteeLeft(done.fromMentorId());
        }
    }

    @ApplicationModuleListener
    void on(ReassignmentRejected rejected) {
        Reassignment r = reassignments.findById(rejected.reassignmentId()).orElseThrow();
        Map<Long, PersonSummary> names = names(r);
        var mails = new ArrayList<Mail>();
        Map<Long, Texts> in = texts.forPeople(names.keySet());
        for (Reassignment.Party party : Reassignment.Party.values()) {
            if (r.tokenOf(party) != null) {
                Texts texts = in.getOrDefault(r.personOf(party), this.texts);
                mails.add(Mail.to(r.personOf(party), MailCategory.MENTORSHIP,
                        texts.get("reassignment.mail.rejected.subject", name(names, r.getMenteeId())),
                        texts.get("reassignment.mail.rejected.body", name(names, r.getMenteeId()), name(names, r.getToMentorId()))));
            }
        }
        outbox.queueAll(mails);
        events.publishEvent(new TaskWorkDone("reassignment:" + r.getId(), "the Council decided against it"));
    }

    @ApplicationModuleListener
    void on(MentorSteppingDown steppingDown) {
        String mentor = people.get(steppingDown.mentorId()).getDisplayName();
        councilTask(TaskTitle.of(steppingDown.leavingProgram() ? "stepdown.task.leaving" : "stepdown.task", mentor,
                        steppingDown.lastDay()),
                steppingDown.mentorId(), "stepdown:" + steppingDown.stepDownId());
    }

    /** The mentees a step-down left without a mentor wait on the orphan watch; the Council gets a task to find them one. */
    @ApplicationModuleListener
    void on(StepDownLastDayPassed passed) {
        var ids = new ArrayList<Long>(passed.menteeIds());
        ids.add(passed.mentorId());
        Map<Long, PersonSummary> names = people.summaries(ids);
        String mentees = String.join(", ", passed.menteeIds().stream().map(id -> name(names, id)).toList());
        councilTask(TaskTitle.of("stepdown.lastDay.task", name(names, passed.mentorId()), passed.lastDay(),
                passed.menteeIds().size(), mentees), passed.mentorId(), "stepdown:" + passed.stepDownId() + ":last-day");
    }

    @ApplicationModuleListener
    void on(MentorRoleEnded ended) {
        events.publishEvent(new TaskWorkDone("stepdown:" + ended.stepDownId(), "no mentee is left with the mentor"));
    }

    void councilTask(TaskTitle title, Long subjectId, String sourceRef) {
        List<PersonSummary> council = people.activeWithRole(Role.COUNCIL);
        if (council.isEmpty()) {
            return;
        }
        PersonSummary duty = council.get((int) (Math.abs(sourceRef.hashCode()) % council.size()));
        var watchers = new HashSet<Long>();
        council.forEach(c -> watchers.add(c.id()));
        watchers.remove(duty.id());
        events.publishEvent(new TaskRequested(TaskType.REASSIGNMENT, title,
                subjectId, duty.id(), TaskPriority.MAJOR, LocalDate.now(clock).plusDays(7), sourceRef, watchers));
    }

    private Map<Long, PersonSummary> names(Reassignment r) {
        var ids = new ArrayList<Long>(List.of(r.getMenteeId(), r.getToMentorId()));
        if (r.getFromMentorId() != null) {
            ids.add(r.getFromMentorId());
        }
        return people.summaries(ids);
    }

    private static String name(Map<Long, PersonSummary> names, long id) {
        PersonSummary s = names.get(id);
        return s == null ? String.valueOf(id) : s.displayName();
    }
}
