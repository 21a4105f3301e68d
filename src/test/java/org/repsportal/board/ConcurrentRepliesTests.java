package org.repsportal.board;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Actor;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Replies are appends: many mentors replying to one thread at the same moment never conflict. */
@PortalTest
class ConcurrentRepliesTests {

    private static final int REPLIES = 50;

    @Autowired
    Program program;

    @Autowired
    MentorsBoard board;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyRepliesSentAtOnceToOneThreadAreAllStoredAndCounted() throws Exception {
        Person author = program.mentor("Busy Thread Author");
        long thread = board.start(program.actor(author), new NewPost("Everyone answers at once", "Go")).getId();
        List<Actor> repliers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            repliers.add(program.actor(program.mentor("Replier " + i)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            var results = new ArrayList<Future<Long>>();
            for (int i = 0; i < REPLIES; i++) {
                Actor replier = repliers.get(i % repliers.size());
                String text = "Reply number " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return board.reply(replier, thread, text).getId();
                }));
            }
            start.countDown();
            for (Future<Long> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("select count(*) from board_replies where thread_id = ?").param(thread).query(Long.class).single())
                .isEqualTo(REPLIES);
        assertThat(jdbc.sql("select reply_count from board_threads where id = ?").param(thread).query(Integer.class).single())
                .isEqualTo(REPLIES);
        assertThat(board.thread(program.actor(author), thread, 0, 100).replies().items()).hasSize(REPLIES)
                .extracting(ReplyItem::body).contains("Reply number 0", "Reply number 49");
    }
}
