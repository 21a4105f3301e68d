package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.ProgramFigures;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orphan watch: every day, who is without a current mentor (none, or one who left or is no longer a
 * mentor) and since when; those waiting longer than {@code portal.mentorship.orphan-after} are on the Council's
 * dashboard with the best proposal, and the Council gets a mail each week while any remain.
 */
@Service
@Transactional
public class OrphanWatch {

    /** A Rep waiting for a mentor, how long, and the portal's best proposal (null when none). */
    public record Orphan(long id, String displayName, LocalDate waitingSince, long daysWaiting, String formerMentorName,
                         Proposal bestProposal) {
    }

    private static final String ORPHANS = """
            select p.id, p.display_name, m.display_name as mentor_name,
                   coalesce((select max(e.ended_on) from mentor_assignments e where e.mentee_id = p.id and e.ended_on <= :today),
                            p.joined_on) as since
            from people p
            join person_roles r on r.person_id = p.id and r.role = 'REP'
            left join %s a on a.mentee_id = p.id
            left join people m on m.id = a.mentor_id
            where p.status = 'ACTIVE'
              and (a.id is null or m.status <> 'ACTIVE'
                   or not exists (select 1 from person_roles mr where mr.person_id = m.id and mr.role = 'MENTOR'))""";

    private final JdbcClient jdbc;
    private final MentorProposals proposals;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final MentorshipProperties properties;
    private final ProgramFigures figures;
    private final Clock clock;
    private final PortalLinks links;

    OrphanWatch(JdbcClient jdbc, MentorProposals proposals, People people, Outbox outbox, Texts texts,
                MentorshipProperties properties, ProgramFigures figures, Clock clock,
                PortalLinks links) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
        this.links = links;
    }

    /**
     * Records who waits since when (a Rep whose mentor left counts from the day the watch first saw it), forgets
     * those who have a mentor again, and mails the Council once a week while anyone waits too long. Four
     * statements and one mail batch, whatever the numbers; returns how many wait too long.
     */
    public int watch(LocalDate today) {
        jdbc.sql("""
                        delete from orphan_watch w where not exists (select 1 from (%s) o where o.id = w.person_id)"""
                        .formatted(ORPHANS.formatted(MentorshipQueries.CURRENT)))
                .param("today", today).update();
        jdbc.sql("""
                        insert into orphan_watch (person_id, waiting_since)
                        select o.id, case when o.mentor_name is null then least(o.since, :today) else :today end from (%s) o
                        on conflict (person_id) do nothing""".formatted(ORPHANS.formatted(MentorshipQueries.CURRENT)))
                .param("today", today).update();
        LocalDate cutoff = today.minusDays(properties.orphanAfter().toDays());
        long waiting = jdbc.sql("select count(*) from orphan_watch where waiting_since < ?").param(cutoff)
                .query(Long.class).single();
        if (waiting == 0) {
            return 0;
        }
        int updated = jdbc.sql("""
                        insert into mentorship_job_marks (name, last_on) values ('orphan-mail', :today)
                        on conflict (name) do update set last_on = :today where mentorship_job_marks.last_on <= :weekAgo""")
                .param("today", today).param("weekAgo", today.minusDays(7)).update();
        if (updated > 0) {
            var mails = new ArrayList<Mail>();
            List<PersonSummary> members = people.activeWithRole(Role.COUNCIL);
            Map<Long, Texts> in = texts.forPeople(members.stream().map(PersonSummary::id).toList());
            for (PersonSummary member : members) {
                Texts texts = in.get(member.id());
                mails.add(Mail.to(member.id(), MailCategory.COUNCIL, texts.get("orphans.mail.subject", waiting),
                        texts.get("orphans.mail.body", waiting, properties.orphanAfter().toDays(), links.to("/dashboard/orphans"))));
            }
            outbox.queueAll(mails);
        }
        return (int) waiting;
    }

    /**
     * How many Reps have waited for a mentor longer than {@code portal.mentorship.orphan-after} today, counted the
     * way the watch counts (a Rep whose mentor left waits from the day the watch first saw it); one statement.
     */
    @Transactional(readOnly = true)
    public long waitingTooLong() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select count(*) from (%s) o left join orphan_watch w on w.person_id = o.id
                        where coalesce(w.waiting_since, case when o.mentor_name is null then o.since else cast(:today as date) end)
                              < :cutoff""".formatted(ORPHANS.formatted(MentorshipQueries.CURRENT)))
                .param("today", today).param("cutoff", today.minusDays(properties.orphanAfter().toDays()))
                .query(Long.class).single();
    }

    /** Reps waiting too long for a mentor, longest first, with the best proposal for each (Council and Admins). */
    @Transactional(readOnly = true)
    public PageResult<Orphan> orphans(Actor actor, int page, int size) {
        MentorAssignmentPolicy.mayAssign(actor).orForbid();
        LocalDate today = LocalDate.now(clock);
        PageResult<Waiting> waiting = figures.of(today, List.of("orphans", page, size), () -> waiting(today, page, size));
        List<Waiting> rows = waiting.items();
        Map<Long, Proposal> best = proposals.bestFor(rows.stream().map(Waiting::id).toList());
        List<Orphan> items = rows.stream().map(r -> new Orphan(r.id(), r.name(), r.since(),
                ChronoUnit.DAYS.between(r.since(), today), r.mentor(), best.get(r.id()))).toList();
        return new PageResult<>(items, page, size, waiting.total());
    }

    private record Waiting(long id, String name, LocalDate since, String mentor) {
    }

    private PageResult<Waiting> waiting(LocalDate today, int page, int size) {
        LocalDate cutoff = today.minusDays(properties.orphanAfter().toDays());
        String from = """
                from orphan_watch w join people p on p.id = w.person_id
                left join %s a on a.mentee_id = p.id left join people m on m.id = a.mentor_id
                where w.waiting_since < :cutoff""".formatted(MentorshipQueries.CURRENT);
        long total = jdbc.sql("select count(*) " + from).param("today", today).param("cutoff", cutoff).query(Long.class).single();
        List<Waiting> rows = jdbc.sql("select p.id, p.display_name, w.waiting_since, m.display_name as mentor_name " + from
                        + " order by w.waiting_since, p.id limit :limit offset :offset")
                .param("today", today).param("cutoff", cutoff).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
                .list();
        return new PageResult<>(List.copyOf(rows), page, size, total);
    }
}
