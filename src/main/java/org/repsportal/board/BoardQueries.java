package org.repsportal.board;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the mentors' board, each a fixed number of statements whatever a page holds. */
@Component
class BoardQueries {

    private final JdbcClient jdbc;

    BoardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Threads, newest activity first, with whether the reader follows each. */
    @Transactional(readOnly = true)
    PageResult<ThreadSummary> threads(long readerId, int page, int size) {
        long total = jdbc.sql("select count(*) from board_threads").query(Long.class).single();
        List<ThreadSummary> items = jdbc.sql("""
                        select t.id, t.title, t.author_id, p.display_name, t.created_at, t.last_activity_at, t.reply_count,
                               exists (select 1 from board_followers f where f.thread_id = t.id and f.person_id = :reader) as following
                        from board_threads t join people p on p.id = t.author_id
                        order by t.last_activity_at desc, t.id desc limit :limit offset :offset""")
                .param("reader", readerId).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new ThreadSummary(rs.getLong("id"), rs.getString("title"), rs.getLong("author_id"),
                        rs.getString("display_name"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("last_activity_at").toInstant(), rs.getInt("reply_count"), rs.getBoolean("following")))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** One page of a thread's replies, oldest first; the count is the thread's own. */
    @Transactional(readOnly = true)
    PageResult<ReplyItem> replies(BoardThread thread, int page, int size) {
        List<ReplyItem> items = jdbc.sql("""
                        select r.id, r.author_id, p.display_name, r.body, r.created_at
                        from board_replies r join people p on p.id = r.author_id
                        where r.thread_id = :thread
                        order by r.created_at, r.id limit :limit offset :offset""")
                .param("thread", thread.getId()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new ReplyItem(rs.getLong("id"), rs.getLong("author_id"), rs.getString("display_name"),
                        rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
                .list();
        return new PageResult<>(items, page, size, thread.getReplyCount());
    }

    /** How many follow the thread and whether the reader is one of them, in one statement. */
    @Transactional(readOnly = true)
    long[] followers(long threadId, long readerId) {
        return jdbc.sql("""
                        select count(*) as followers, count(*) filter (where person_id = :reader) as mine
                        from board_followers where thread_id = :thread""")
                .param("thread", threadId).param("reader", readerId)
                .query((rs, n) -> new long[] {rs.getLong("followers"), rs.getLong("mine")})
                .single();
    }

    /** The followers who should hear of a reply: still mentors or on the Council, not the one who wrote it. */
    List<Long> followersToTell(long threadId, long replierId) {
        return jdbc.sql("""
                        select f.person_id from board_followers f
                        where f.thread_id = :thread and f.person_id <> :replier
                          and exists (select 1 from person_roles r where r.person_id = f.person_id and r.role in ('MENTOR', 'COUNCIL'))
                        order by f.person_id""")
                .param("thread", threadId).param("replier", replierId)
                .query(Long.class).list();
    }

    /** A reply was added: the thread's count and last activity move in one statement, leaving its version alone. */
    void replied(long threadId, Instant at) {
        jdbc.sql("""
                        update board_threads set reply_count = reply_count + 1, last_activity_at = greatest(last_activity_at, ?)
                        where id = ?""")
                .params(Timestamp.from(at), threadId).update();
    }

    void follow(long threadId, long personId) {
        jdbc.sql("insert into board_followers (thread_id, person_id) values (?, ?) on conflict do nothing")
                .params(threadId, personId).update();
    }

    void unfollow(long threadId, long personId) {
        jdbc.sql("delete from board_followers where thread_id = ? and person_id = ?").params(threadId, personId).update();
    }
}
