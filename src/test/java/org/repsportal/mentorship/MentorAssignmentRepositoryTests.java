package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.repsportal.mentorship.MentorshipImport.ImportedAssignment;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every query of {@link MentorAssignmentRepository} and the table's own rules, on the embedded PostgreSQL. */
@PortalTest
class MentorAssignmentRepositoryTests {

    private static final LocalDate JAN = LocalDate.of(2025, 1, 10);
    private static final LocalDate JUN = LocalDate.of(2025, 6, 10);
    private static final LocalDate NOV = LocalDate.of(2025, 11, 10);
    private static final LocalDate DEC = LocalDate.of(2025, 12, 1);

    @Autowired
    MentorAssignmentRepository assignments;

    @Autowired
    MentorshipImport imports;

    @Autowired
    Program program;

    @Autowired
    MentorshipQueries queries;

    @Autowired
    Mentorships mentorships;

    private static ImportedAssignment ended(Person mentee, Person mentor, LocalDate from, LocalDate to) {
        return new ImportedAssignment(mentee.getId(), mentor.getId(), AssignmentKind.PERMANENT, from, "start", to, "end");
    }

    private static ImportedAssignment current(Person mentee, Person mentor, LocalDate from) {
        return ImportedAssignment.current(mentee.getId(), mentor.getId(), from, "start");
    }

    @Test
    void findsOnlyTheCurrentAssignmentOfAMentee() {
        Person rep = program.rep("Cora");
        Person old = program.mentor("Oldie");
        Person now = program.mentor("Newbie");
        imports.importAll(List.of(ended(rep, old, JAN, JUN), current(rep, now, JUN)));

        assertThat(assignments.findCurrentOf(rep.getId(), DEC)).map(MentorAssignment::getMentorId).contains(now.getId());
        assertThat(assignments.findCurrentOf(old.getId(), DEC)).isEmpty();
    }

    @Test
    void findsTheCurrentAssignmentsOfManyMenteesAtOnce() {
        Person mentor = program.mentor("Manyone");
        Person a = program.rep("Ann");
        Person b = program.rep("Bob");
        Person c = program.rep("Cyd");
        imports.importAll(List.of(current(a, mentor, JAN), ended(b, mentor, JAN, JUN), current(c, mentor, JUN)));

        assertThat(assignments.findCoveringDayAll(List.of(a.getId(), b.getId(), c.getId()), DEC))
                .extracting(MentorAssignment::getMenteeId).containsExactlyInAnyOrder(a.getId(), c.getId());
    }

    @Test
    void findsAMentorsCurrentMenteesOldestFirst() {
        Person mentor = program.mentor("Ordered");
        Person late = program.rep("Late");
        Person early = program.rep("Early");
        Person gone = program.rep("Gone");
        imports.importAll(List.of(current(late, mentor, NOV), current(early, mentor, JAN), ended(gone, mentor, JAN, JUN)));

        assertThat(queries.currentAssignmentsOf(mentor.getId())).extracting(MentorshipQueries.CurrentAssignment::menteeId)
                .containsExactly(early.getId(), late.getId());
        assertThat(mentorships.currentMenteeCount(mentor.getId())).isEqualTo(2);
    }

    @Test
    void theHistoryOfAMenteeIsNewestFirst() {
        Person rep = program.rep("Historic");
        Person first = program.mentor("First");
        Person second = program.mentor("Second");
        Person third = program.mentor("Third");
        imports.importAll(List.of(ended(rep, second, JUN, NOV), current(rep, third, NOV), ended(rep, first, JAN, JUN)));

        assertThat(assignments.findHistoryOf(rep.getId())).extracting(MentorAssignment::getMentorId)
                .containsExactly(third.getId(), second.getId(), first.getId());
    }

    @Test
    void countsTheCurrentMenteesOfEveryMentorInOneQuery() {
        Person busy = program.mentor("Busy");
        Person idle = program.mentor("Idle");
        Person r1 = program.rep("Rone");
        Person r2 = program.rep("Rtwo");
        imports.importAll(List.of(current(r1, busy, JAN), current(r2, busy, JAN), ended(program.rep("Rthree"), idle, JAN, JUN)));

        var counts = mentorships.currentMenteeCounts();

        assertThat(counts).containsEntry(busy.getId(), 2L).doesNotContainKey(idle.getId());
    }

    @Test
    void anInterimAssignmentIsCurrentUpToItsLastDayAndThePermanentOneTheDayAfter() {
        Person rep = program.rep("Covered");
        Person permanent = program.mentor("Perma");
        Person interim = program.mentor("Interim");
        imports.importAll(List.of(current(rep, permanent, JAN)));
        assignments.save(MentorAssignment.interim(rep.getId(), interim.getId(), JUN, NOV, "absence", null, null));

        assertThat(assignments.findCurrentOf(rep.getId(), JUN.minusDays(1))).map(MentorAssignment::getMentorId).contains(permanent.getId());
        assertThat(assignments.findCurrentOf(rep.getId(), JUN)).map(MentorAssignment::getMentorId).contains(interim.getId());
        assertThat(assignments.findCurrentOf(rep.getId(), NOV)).map(MentorAssignment::getMentorId).contains(interim.getId());
        assertThat(assignments.findCurrentOf(rep.getId(), NOV.plusDays(1))).map(MentorAssignment::getMentorId).contains(permanent.getId());
    }

    @Test
    void theDatabaseRefusesASecondCurrentMentor() {
        Person rep = program.rep("Twice");
        Person a = program.mentor("Aone");
        Person b = program.mentor("Btwo");
        imports.importAll(List.of(current(rep, a, JAN)));

        assertThatThrownBy(() -> imports.importAll(List.of(current(rep, b, JUN))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(assignments.findHistoryOf(rep.getId())).hasSize(1);
    }

    @Test
    void theDatabaseRefusesSelfMentoring() {
        Person mentor = program.mentor("Selfie");

        assertThatThrownBy(() -> imports.importAll(List.of(current(mentor, mentor, JAN))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
