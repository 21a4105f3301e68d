package org.repsportal.concerns;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Role;

import static org.assertj.core.api.Assertions.assertThat;

class ConcernVisibilityPolicyTests {

    private static final long REPORTER = 1;
    private static final long ABOUT = 2;
    private static final long REPORTERS_MENTOR = 3;
    private static final long ABOUTS_MENTOR = 4;
    private static final long COUNCIL = 5;
    private static final long ADMIN = 6;
    private static final long STRANGER = 7;

    private static final Instant RAISED = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void theReporterAndTheCouncilSeeAConcern() {
        Concern concern = concern(ConcernCategory.FUNDS_OR_SWAG, ABOUT, null);
        assertThat(ConcernVisibilityPolicy.mayView(actor(REPORTER, Role.REP), concern).allowed()).isTrue();
        assertThat(ConcernVisibilityPolicy.mayView(actor(COUNCIL, Role.REP, Role.MENTOR, Role.COUNCIL), concern).allowed()).isTrue();
    }

    @Test
    void thePersonConcernedAndTheirMentorDoNot() {
        Concern concern = concern(ConcernCategory.ABUSE, ABOUT, null);
        assertThat(ConcernVisibilityPolicy.mayView(actor(ABOUT, Role.REP), concern).reason())
                .isEqualTo("policy.council.concern.recused");
        assertThat(ConcernVisibilityPolicy.mayView(actor(ABOUTS_MENTOR, Role.REP, Role.MENTOR), concern).reason())
                .isEqualTo("policy.council.concern.confidential");
    }

    @Test
    void aCouncilMemberWhoIsThePersonConcernedIsRecusedFromSeeingHandlingAndAuditing() {
        Concern concern = concern(ConcernCategory.CONFLICT, COUNCIL, null);
        Actor recused = actor(COUNCIL, Role.REP, Role.MENTOR, Role.COUNCIL);
        assertThat(ConcernVisibilityPolicy.mayView(recused, concern).reason()).isEqualTo("policy.council.concern.recused");
        assertThat(ConcernVisibilityPolicy.mayHandle(recused, concern).refused()).isTrue();
        assertThat(ConcernVisibilityPolicy.maySeeAuditTrail(recused, concern).refused()).isTrue();
    }

    @Test
    void anAdminWhoIsNotOnTheCouncilDoesNotSeeIt() {
        Concern concern = concern(ConcernCategory.PERSONAL, null, null);
        assertThat(ConcernVisibilityPolicy.mayView(actor(ADMIN, Role.ADMIN), concern).refused()).isTrue();
        assertThat(ConcernVisibilityPolicy.mayView(actor(ADMIN, Role.ADMIN, Role.REP), concern).refused()).isTrue();
        assertThat(ConcernVisibilityPolicy.mayView(actor(ADMIN, Role.ADMIN, Role.COUNCIL), concern).allowed()).isTrue();
    }

    @Test
    void nobodyElseSeesItNotEvenTheReportersOwnMentorUnlessInvolved() {
        Concern concern = concern(ConcernCategory.CONFLICT, ABOUT, null);
        assertThat(ConcernVisibilityPolicy.mayView(actor(STRANGER, Role.REP), concern).refused()).isTrue();
        assertThat(ConcernVisibilityPolicy.mayView(actor(REPORTERS_MENTOR, Role.REP, Role.MENTOR), concern).refused()).isTrue();
    }

    @Test
    void aConflictWithTheReportersMentorInvolvedIsSeenByThatMentorWhoStillCannotHandleIt() {
        Concern concern = concern(ConcernCategory.CONFLICT, ABOUT, REPORTERS_MENTOR);
        Actor mentor = actor(REPORTERS_MENTOR, Role.REP, Role.MENTOR);
        assertThat(ConcernVisibilityPolicy.mayView(mentor, concern).allowed()).isTrue();
        assertThat(ConcernVisibilityPolicy.mayHandle(mentor, concern).reason()).isEqualTo("policy.council.concern.council-only");
        assertThat(ConcernVisibilityPolicy.maySeeAuditTrail(mentor, concern).refused()).isTrue();
        assertThat(ConcernVisibilityPolicy.mayView(actor(ABOUTS_MENTOR, Role.REP, Role.MENTOR), concern).refused()).isTrue();
    }

    @Test
    void onlyTheCouncilHandlesAConcernAndNotOneItRaisedItself() {
        Concern concern = concern(ConcernCategory.SUCCESS_OR_IDEA, null, null);
        assertThat(ConcernVisibilityPolicy.mayHandle(actor(REPORTER, Role.REP), concern).refused()).isTrue();
        assertThat(ConcernVisibilityPolicy.mayHandle(actor(COUNCIL, Role.COUNCIL), concern).allowed()).isTrue();
        assertThat(ConcernVisibilityPolicy.maySeeAuditTrail(actor(COUNCIL, Role.COUNCIL), concern).allowed()).isTrue();

        Concern raisedByCouncil = new Concern(ConcernCategory.PERSONAL, COUNCIL, ABOUT, null, "s", "d", false, RAISED);
        Actor councilReporter = actor(COUNCIL, Role.COUNCIL);
        assertThat(ConcernVisibilityPolicy.mayView(councilReporter, raisedByCouncil).allowed()).isTrue();
        assertThat(ConcernVisibilityPolicy.mayHandle(councilReporter, raisedByCouncil).reason()).isEqualTo("policy.council.concern.not-own");
    }

    @Test
    void repsAndMentorsRaiseConcernsButAdminsAndAlumniAloneDoNot() {
        assertThat(RaiseConcernPolicy.mayRaise(actor(REPORTER, Role.REP)).allowed()).isTrue();
        assertThat(RaiseConcernPolicy.mayRaise(actor(REPORTERS_MENTOR, Role.MENTOR)).allowed()).isTrue();
        assertThat(RaiseConcernPolicy.mayRaise(actor(ADMIN, Role.ADMIN)).refused()).isTrue();
        assertThat(RaiseConcernPolicy.mayRaise(actor(STRANGER, Role.ALUMNI)).refused()).isTrue();
    }

    private static Concern concern(ConcernCategory category, Long about, Long involvedMentor) {
        return new Concern(category, REPORTER, about, involvedMentor, "Summary", "Details", category == ConcernCategory.ABUSE, RAISED);
    }

    private static Actor actor(long id, Role first, Role... more) {
        return new Actor(id, EnumSet.of(first, more));
    }
}
