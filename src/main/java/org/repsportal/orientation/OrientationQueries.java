package org.repsportal.orientation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.repsportal.people.Actor;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The orientation lists, each one statement for the page and one for the count. */
@Service
@Transactional(readOnly = true)
public class OrientationQueries {

    /** Someone in orientation, for the Council: since when, how far, and the first step not done. */
    public record InOrientation(long orientationId, long personId, String displayName, OrientationState state,
                                LocalDate startedOn, long daysIn, int stepsDone, int steps, OrientationStep stuckOn,
                                Instant nextCallAt, boolean newMenteesAllowed) {

        public int percent() {
            return steps == 0 ? 100 : stepsDone * 100 / steps;
        }
    }

    /** A nomination waiting for the Council. */
    public record NominationListing(long orientationId, long personId, String displayName, MentorNominationKind kind,
                                    long nominatedBy, String nominatedByName, String reason, Instant nominatedAt,
                                    boolean endorsed) {
    }

    /** An orientation call with how many were invited and how many attended. */
    public record CallListing(long id, CallKind kind, Instant startsAt, String timeZone, int durationMinutes, String link,
                              int invited, int attended) {

        public java.time.ZonedDateTime start() {
            return startsAt.atZone(java.time.ZoneId.of(timeZone));
        }
    }

    /** One invitee of a call, and whether they attended (null: not recorded yet). */
    public record InviteeRow(long personId, String displayName, Boolean attended) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OrientationQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Everyone appointed whose orientation is not complete, the longest in orientation first (Council only). */
    public PageResult<InOrientation> inOrientation(Actor actor, int page, int size) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        long total = jdbc.sql("select count(*) from orientations where state in ('APPOINTED', 'IN_ORIENTATION')")
                .query(Long.class).single();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<InOrientation> items = jdbc.sql("""
                        select o.id, o.person_id, p.display_name, o.state, o.orientation_started_on,
                               array(select s.step_key from orientation_steps s where s.orientation_id = o.id) as done,
                               (select min(c.starts_at) from orientation_call_invitations i
                                  join orientation_calls c on c.id = i.call_id
                                 where i.person_id = o.person_id and c.starts_at > :now) as next_call,
                               exists (select 1 from readiness_overrides r where r.mentor_id = o.person_id
                                         and r.mentee_id is null and r.created_at >= o.nominated_at) as allowed
                        from orientations o join people p on p.id = o.person_id
                        where o.state in ('APPOINTED', 'IN_ORIENTATION')
                        order by o.orientation_started_on, o.id
                        limit :limit offset :offset""")
                .param("now", Timestamp.from(now)).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> inOrientation(rs, today))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Nominations waiting for the Council's decision, oldest first (Council only). */
    public PageResult<NominationListing> nominations(Actor actor, int page, int size) {
        MentorNominationPolicy.mayDecide(actor).orForbid();
        long total = jdbc.sql("select count(*) from orientations where state = 'NOMINATED'").query(Long.class).single();
        List<NominationListing> items = jdbc.sql("""
                        select o.id, o.person_id, p.display_name, o.nomination_kind, o.nominated_by, n.display_name as nominator,
                               o.nomination_reason, o.nominated_at, o.endorsed_by is not null as endorsed
                        from orientations o join people p on p.id = o.person_id join people n on n.id = o.nominated_by
                        where o.state = 'NOMINATED'
                        order by o.nominated_at, o.id
                        limit :limit offset :offset""")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new NominationListing(rs.getLong("id"), rs.getLong("person_id"), rs.getString("display_name"),
                        MentorNominationKind.valueOf(rs.getString("nomination_kind")), rs.getLong("nominated_by"),
                        rs.getString("nominator"), rs.getString("nomination_reason"), instant(rs, "nominated_at"),
                        rs.getBoolean("endorsed")))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** Calls that have not ended yet, soonest first: all of them for the Council, otherwise the actor's invitations. */
    public PageResult<CallListing> upcomingCalls(Actor actor, int page, int size) {
        boolean all = actor.has(Role.COUNCIL);
        // calls last at most MAX_CALL_MINUTES, so the start bound lets the index on starts_at find them
        String where = " where c.starts_at > :since and c.starts_at + make_interval(mins => c.duration_minutes) > :now"
                + (all ? "" : " and exists (select 1 from orientation_call_invitations m where m.call_id = c.id and m.person_id = :me)");
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp since = Timestamp.from(clock.instant().minus(java.time.Duration.ofMinutes(OrientationCalls.MAX_CALL_MINUTES)));
        long total = jdbc.sql("select count(*) from orientation_calls c" + where)
                .param("now", now).param("since", since).param("me", actor.personId()).query(Long.class).single();
        List<CallListing> items = jdbc.sql("""
                        select c.id, c.kind, c.starts_at, c.time_zone, c.duration_minutes, c.link,
                               (select count(*) from orientation_call_invitations i where i.call_id = c.id) as invited,
                               (select count(*) from orientation_call_invitations i where i.call_id = c.id and i.attended) as attended
                        from orientation_calls c""" + where + " order by c.starts_at, c.id limit :limit offset :offset")
                .param("now", now).param("since", since).param("me", actor.personId()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new CallListing(rs.getLong("id"), CallKind.valueOf(rs.getString("kind")),
                        instant(rs, "starts_at"), rs.getString("time_zone"), rs.getInt("duration_minutes"), rs.getString("link"),
                        rs.getInt("invited"), rs.getInt("attended")))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** The invitees of a call by name. */
    public List<InviteeRow> invitees(long callId) {
        return jdbc.sql("""
                        select i.person_id, p.display_name, i.attended
                        from orientation_call_invitations i join people p on p.id = i.person_id
                        where i.call_id = :call order by lower(p.display_name), p.id""")
                .param("call", callId)
                .query((rs, n) -> new InviteeRow(rs.getLong("person_id"), rs.getString("display_name"),
                        (Boolean) rs.getObject("attended")))
                .list();
    }

    /** People appointed and not through orientation yet: who may be invited to a call. */
    public List<PersonSummary> invitable() {
        return jdbc.sql("""
                        select p.id, p.display_name from orientations o join people p on p.id = o.person_id
                        where o.state in ('APPOINTED', 'IN_ORIENTATION') order by lower(p.display_name), p.id""")
                .query((rs, n) -> new PersonSummary(rs.getLong("id"), rs.getString("display_name")))
                .list();
    }

    /** Of the given people, those who may be invited to a call. */
    Set<Long> inOrientationAmong(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select person_id from orientations where state in ('APPOINTED', 'IN_ORIENTATION') and person_id = any(:ids)")
                .param("ids", personIds.toArray(Long[]::new)).query(Long.class).list());
    }

    private static InOrientation inOrientation(ResultSet rs, LocalDate today) throws SQLException {
        var done = EnumSet.noneOf(OrientationStep.class);
        Array array = rs.getArray("done");
        if (array != null) {
            for (Object key : (Object[]) array.getArray()) {
                done.add(OrientationStep.valueOf((String) key));
            }
        }
        OrientationStep stuckOn = Arrays.stream(OrientationStep.values()).filter(s -> !done.contains(s)).findFirst().orElse(null);
        LocalDate started = rs.getObject("orientation_started_on", LocalDate.class);
        return new InOrientation(rs.getLong("id"), rs.getLong("person_id"), rs.getString("display_name"),
                OrientationState.valueOf(rs.getString("state")), started,
                started == null ? 0 : ChronoUnit.DAYS.between(started, today), done.size(), OrientationStep.values().length,
                stuckOn, instant(rs, "next_call"), rs.getBoolean("allowed"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
