package org.repsportal.mentorship;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.repsportal.availability.AbsenceDeclared;
import org.repsportal.availability.AbsenceEnded;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.repsportal.tasks.TasksHandedOver;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What absences mean for mentorships: a long mentor absence gives the Council a task and the interim proposals
 * for each mentee; interim assignments follow their absence's dates and end early when it does; an interim
 * mentor takes over the open tasks about the mentee.
 */
@Component
class AbsenceListeners {

    private final Mentorships mentorships;
    private final MentorProposals proposals;
    private final Interims interims;
    private final ReassignmentListeners council;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final PortalLinks links;

    AbsenceListeners(Mentorships mentorships, MentorProposals proposals, Interims interims, ReassignmentListeners council,
                     People people, Outbox outbox, Texts texts, ApplicationEventPublisher events,
                     PortalLinks links) {
        this.mentorships = mentorships;
        this.proposals = proposals;
        this.interims = interims;
        this.council = council;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(AbsenceDeclared declared) {
        interims.absenceChanged(declared.absenceId(), declared.from(), declared.to());
        if (!declared.longMentorAbsence()) {
            return;
        }
        // every mentee the mentor permanently guides who has no interim mentor for this absence yet
        List<Long> permanent = mentorships.permanentMenteeIds(declared.personId());
        List<Long> mentees = interims.withoutInterimFor(declared.absenceId(), permanent);
        if (mentees.isEmpty() && !permanent.isEmpty()) {
            return;
        }
        Map<Long, List<Proposal>> ranked = proposals.rank(mentees, declared.from(), declared.to());
        var ids = new ArrayList<Long>(mentees);
        ids.add(declared.personId());
        Map<Long, PersonSummary> names = people.summaries(ids);
        String mentor = names.get(declared.personId()).displayName();
        council.councilTask(org.repsportal.tasks.TaskTitle.of("absence.task", mentor, declared.from(), declared.to(), mentees.size()),
                declared.personId(), "absence:" + declared.absenceId() + ":interims");
        List<PersonSummary> members = people.activeWithRole(Role.COUNCIL);
        Map<Long, Texts> in = texts.forPeople(members.stream().map(PersonSummary::id).toList());
        var mails = new ArrayList<Mail>();
        for (PersonSummary member : members) {
            Texts texts = in.get(member.id());
            var lines = new ArrayList<String>();
            for (long mentee : mentees) {
                List<Proposal> list = ranked.getOrDefault(mentee, List.of());
                String best = list.isEmpty() ? texts.get("absence.mail.noProposal")
                        : String.join(" | ", list.stream().limit(3).map(p -> p.mentorName() + " (" + p.explanation() + ")").toList());
                lines.add(texts.get("absence.mail.mentee", names.get(mentee).displayName(), best));
            }
            String request = declared.reassignmentRequested() ? texts.get("absence.mail.reassignmentRequested")
                    : declared.plan() == null ? "" : texts.get("absence.mail.plan", declared.plan());
            mails.add(Mail.to(member.id(), MailCategory.COUNCIL, texts.get("absence.mail.subject", mentor),
                    texts.get("absence.mail.body", mentor, declared.from(), declared.to(), request, String.join("\n", lines),
                            links.to("/mentorship/absences/" + declared.absenceId() + "/interims"))));
        }
        outbox.queueAll(mails);
    }

    @ApplicationModuleListener
    void on(AbsenceEnded ended) {
        interims.absenceEnded(ended.absenceId(), ended.endedOn());
        interims.handBack(ended.endedOn());
    }

    @ApplicationModuleListener
    void on(MentorAssigned assigned) {
        // an interim who starts later, with the absence, finds the tasks with the absent mentor's delegate meanwhile
        if (assigned.kind() == AssignmentKind.INTERIM && assigned.previousMentorId() != null
                && !assigned.on().isAfter(mentorships.today())) {
            events.publishEvent(new TasksHandedOver(assigned.menteeId(), assigned.previousMentorId(), assigned.mentorId(),
                    texts.get("mentorship.interim.tasks")));
        }
        if (assigned.kind() == AssignmentKind.INTERIM) {
            interims.absenceFullyCovered(assigned.menteeId()).ifPresent(absence -> events.publishEvent(
                    new org.repsportal.tasks.TaskWorkDone("absence:" + absence + ":interims", "every mentee has an interim mentor")));
        }
    }
}
