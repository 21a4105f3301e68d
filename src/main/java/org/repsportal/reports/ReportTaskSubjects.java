package org.repsportal.reports;

import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.tasks.TaskSubject;
import org.repsportal.tasks.TaskSubjects;
import org.repsportal.tasks.TaskType;
import org.springframework.stereotype.Component;

/**
 * A verification task shows the report it asks about (activity, date, description, link) and verifies it in
 * place, through {@link Reports#verify} and so through the verification rule.
 */
@Component
class ReportTaskSubjects implements TaskSubjects {

    private static final String PREFIX = "report:";
    private static final String SUFFIX = ":verify";

    private final Reports reports;
    private final ActivityReportRepository repository;
    private final Catalog catalog;

    ReportTaskSubjects(Reports reports, ActivityReportRepository repository, Catalog catalog) {
        this.reports = reports;
        this.repository = repository;
        this.catalog = catalog;
    }

    @Override
    public Optional<TaskSubject> subjectOf(Actor actor, TaskType type, String sourceRef, Long subjectPersonId) {
        return reportOf(type, sourceRef).flatMap(repository::findById).map(report -> new TaskSubject("/reports/" + report.getId(),
                "task.subject.report",
                catalog.activityType(report.getActivityCode()).map(Catalog.ActivityType::name).orElse(report.getActivityCode()),
                report.getReportedOn(), report.getDescription(), report.getLink(),
                reports.mayVerify(actor, report).allowed() ? "task.subject.verify" : null, null));
    }

    @Override
    public Optional<String> act(Actor actor, TaskType type, String sourceRef) {
        return reportOf(type, sourceRef).map(id -> {
            reports.verify(actor, id);
            return "verified";
        });
    }

    /** The report a verification task is about, from its {@code report:<id>:verify}. */
    static Optional<Long> reportOf(TaskType type, String sourceRef) {
        if (type != TaskType.ACTIVITY_VERIFICATION || sourceRef == null || !sourceRef.startsWith(PREFIX)
                || !sourceRef.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(sourceRef.substring(PREFIX.length(), sourceRef.length() - SUFFIX.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
