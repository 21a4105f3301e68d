package org.repsportal.mentorship;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two decisions on the same change of mentor at the same moment, each a request in its own transaction on its own
 * thread: exactly one wins, the other is answered 409 and leaves no trace.
 */
@PortalTest
class ReassignmentConcurrencyTests {

    @Autowired Program program;
    @Autowired Reassignments reassignments;
    @Autowired Mentorships mentorships;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void twoCouncilMembersDecidingAtOnceOneWinsAndTheOtherGetsAConflict() throws Exception {
        Person first = program.council("Racing Council One");
        Person second = program.council("Racing Council Two");
        for (int round = 0; round < 3; round++) {
            Person mentee = program.rep("Racing Mentee " + round);
            Person from = program.mentor("Racing From " + round);
            Person to = program.mentor("Racing To " + round);
            program.assign(mentee, from);
            long id = reassignments.propose(program.actor(mentee), mentee.getId(), to.getId(), "another language");
            reassignments.decline(program.actor(from), id, "I would rather keep them");

            List<Integer> statuses = atOnce(
                    () -> status(first, "/api/v1/mentorship/reassignments/" + id + "/decision", "{\"approve\":true}"),
                    () -> status(second, "/api/v1/mentorship/reassignments/" + id + "/decision", "{\"approve\":false}"));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            boolean approved = statuses.get(0) == 200;
            assertThat(stateOf(id)).isEqualTo(approved ? "TAKEN_EFFECT" : "REJECTED");
            assertThat(decidedBy(id)).isEqualTo(approved ? first.getId() : second.getId());
            assertThat(mentorships.currentMentorOf(mentee.getId())).contains(approved ? to.getId() : from.getId());
            assertThat(openAssignmentsOf(mentee)).isOne();
        }
    }

    @Test
    void theLastAgreementAndTheCouncilsRejectionAtOnceGiveOneOutcome() throws Exception {
        Person council = program.council("Racing Council Three");
        for (int round = 0; round < 3; round++) {
            Person mentee = program.rep("Agreeing Mentee " + round);
            Person from = program.mentor("Agreeing From " + round);
            Person to = program.mentor("Agreeing To " + round);
            program.assign(mentee, from);
            long id = reassignments.propose(program.actor(mentee), mentee.getId(), to.getId(), "closer time zone");
            reassignments.agree(program.actor(from), id, null);

            List<Integer> statuses = atOnce(
                    () -> status(to, "/api/v1/mentorship/reassignments/" + id + "/agree", "{}"),
                    () -> status(council, "/api/v1/mentorship/reassignments/" + id + "/decision", "{\"approve\":false}"));

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            boolean agreed = statuses.get(0) == 200;
            assertThat(stateOf(id)).isEqualTo(agreed ? "TAKEN_EFFECT" : "REJECTED");
            assertThat(mentorships.currentMentorOf(mentee.getId())).contains(agreed ? to.getId() : from.getId());
            assertThat(openAssignmentsOf(mentee)).isOne();
        }
    }

    @SafeVarargs
    private static List<Integer> atOnce(Callable<Integer>... calls) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(calls.length);
        try {
            var futures = new ArrayList<Future<Integer>>();
            for (Callable<Integer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private int status(Person caller, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", Program.bearer(caller))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();
    }

    private String stateOf(long id) {
        return jdbc.sql("select state from reassignments where id = ?").param(id).query(String.class).single();
    }

    private Long decidedBy(long id) {
        return jdbc.sql("select decided_by from reassignments where id = ?").param(id).query(Long.class).single();
    }

    private long openAssignmentsOf(Person mentee) {
        return jdbc.sql("select count(*) from mentor_assignments where mentee_id = ? and ended_on is null")
                .param(mentee.getId()).query(Long.class).single();
    }
}
