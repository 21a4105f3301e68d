package org.repsportal.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.platform.CommentText;
import org.repsportal.platform.Decision;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.tasks.TaskTitle;
import org.repsportal.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports module's entry point: filing, commenting on and verifying activity reports. */
@Service
@Transactional
public class Reports {

    private final ActivityReportRepository reports;
    private final ReportCommentRepository comments;
    private final Catalog catalog;
    private final People people;
    private final Mentorships mentorships;
    private final ApplicationEventPublisher events;
    private final Texts texts;
    private final Clock clock;

    Reports(ActivityReportRepository reports, ReportCommentRepository comments, Catalog catalog, People people,
            Mentorships mentorships, ApplicationEventPublisher events,
            Texts texts, Clock clock) {
        this.texts = texts;
        this.reports = reports;
        this.comments = comments;
        this.catalog = catalog;
        this.people = people;
        this.mentorships = mentorships;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Files a report for the actor. A verifiable activity asks the Rep's mentor to verify it within the
     * configured time.
     */
    public ActivityReport file(Actor actor, NewReport report) {
        LocalDate today = LocalDate.now(clock);
        var problems = ReportRules.check(report, catalog, today);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ActivityReport saved = reports.save(new ActivityReport(actor.personId(), report, clock.instant()));
        events.publishEvent(saved.reported(catalog.activityType(report.activity()).orElseThrow().verifiable()));
        return saved;
    }

    @Transactional(readOnly = true)
    public ActivityReport get(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("Report", id));
    }

    @Transactional(readOnly = true)
    public List<ReportComment> commentsOn(long reportId) {
        return comments.findByReport(reportId);
    }

    public ReportComment comment(Actor actor, long reportId, String body) {
        ActivityReport report = get(reportId);
        String text = CommentText.of("body", body, "report.comment.required", "report.comment.long");
        ReportComment comment = comments.save(new ReportComment(reportId, actor.personId(), text, clock.instant()));
        if (!actor.is(report.getPersonId())) {
            events.publishEvent(comment.commented(report.getPersonId(), people.get(actor.personId()).getDisplayName()));
        }
        return comment;
    }

    /** Whether the actor may verify the report now: not yet verified, and the verification rule allows it. */
    public Decision mayVerify(Actor actor, ActivityReport report) {
        if (report.isVerified()) {
            return Decision.refuse("report.verify.not-needed");
        }
        return verificationRule(actor, report);
    }

    /** Verifies the report through the same rule as {@link #mayVerify}; verifying twice is a conflict. */
    public ActivityReport verify(Actor actor, long reportId) {
        ActivityReport report = get(reportId);
        verificationRule(actor, report).orForbid();
        events.publishEvent(report.verify(actor.personId(), clock.instant()));
        return report;
    }

    private Decision verificationRule(Actor actor, ActivityReport report) {
        boolean verifiable = catalog.activityType(report.getActivityCode()).map(Catalog.ActivityType::verifiable).orElse(false);
        return VerificationPolicy.mayVerify(actor, report.getPersonId(),
                mentorships.currentMentorOf(report.getPersonId()).orElse(null), verifiable);
    }

    /** The title of the task that asks a mentor to verify an activity. */
    public TaskTitle verificationTitle(String activity, String rep, LocalDate on) {
        return VerificationTasks.title(activity, rep, on);
    }
}
