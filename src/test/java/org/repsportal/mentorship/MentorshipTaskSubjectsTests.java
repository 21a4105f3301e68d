package org.repsportal.mentorship;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.tasks.TaskSubject;
import org.repsportal.tasks.TaskType;

import static org.assertj.core.api.Assertions.assertThat;

/** The Council's mentorship tasks link to the page of their work, by the subject their source names. */
class MentorshipTaskSubjectsTests {

    private final MentorshipTaskSubjects subjects = new MentorshipTaskSubjects();
    private final Actor council = new Actor(1, EnumSet.of(Role.REP, Role.MENTOR, Role.COUNCIL));

    private String href(Actor actor, String sourceRef) {
        return subjects.subjectOf(actor, TaskType.REASSIGNMENT, sourceRef, null).map(TaskSubject::href).orElse(null);
    }

    @Test
    void eachCouncilTaskLeadsToItsPage() {
        assertThat(href(council, "absence:41:interims")).isEqualTo("/mentorship/absences/41/interims");
        assertThat(href(council, "stepdown:7")).isEqualTo("/mentorship/step-downs/7");
        assertThat(href(council, "stepdown:7:last-day")).isEqualTo("/dashboard/orphans");
        assertThat(href(council, "reassignment:12")).isEqualTo("/mentorship/reassignments/12");
        assertThat(href(council, "alumni:2026-11-30")).isEqualTo("/mentorship/alumni");
        assertThat(subjects.subjectOf(council, TaskType.REASSIGNMENT, "stepdown:7", null).orElseThrow().linkKey())
                .isEqualTo("task.subject.stepdown");
    }

    @Test
    void otherSourcesOtherTypesAndOtherPeopleGetNoLink() {
        assertThat(href(council, "reassignment:twelve")).isNull();
        assertThat(href(council, "stepdown:7:later")).isNull();
        assertThat(href(council, "report:7:verify")).isNull();
        assertThat(href(council, null)).isNull();
        assertThat(subjects.subjectOf(council, TaskType.FOLLOW_UP, "reassignment:12", null)).isEmpty();
        assertThat(href(new Actor(2, EnumSet.of(Role.ADMIN)), "reassignment:12")).isNull();
        assertThat(href(new Actor(3, EnumSet.of(Role.REP, Role.MENTOR)), "stepdown:7")).isNull();
    }
}
