package org.repsportal.board;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.Statements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's list of threads and a thread's page do not grow with the threads and replies they show. */
@PortalTest
class BoardStatementCountTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    MentorsBoard board;

    @Test
    void theThreadsAndAThreadDoNotGrowWithTheirReplies() throws Exception {
        Person council = program.council("Counting Council");
        Person few = program.mentor("Few Replies");
        Person many = program.mentor("Many Replies");
        long threadOfFew = fill(few, 2);
        long boardForFew = Statements.forPage(mvc, "/board", council);
        long threadOfMany = fill(many, 25);

        assertThat(Statements.forPage(mvc, "/board", council)).isEqualTo(boardForFew);
        assertThat(Statements.forPage(mvc, "/board/" + threadOfMany, council))
                .isEqualTo(Statements.forPage(mvc, "/board/" + threadOfFew, council));
    }

    /** A thread with n replies. */
    private long fill(Person mentor, int n) {
        long thread = board.start(program.actor(mentor), new NewPost("Thread of " + mentor.getDisplayName(), "Body")).getId();
        for (int i = 0; i < n; i++) {
            board.reply(program.actor(mentor), thread, "Reply " + i);
        }
        return thread;
    }
}
