package org.repsportal.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.platform.NotFoundException;
import org.repsportal.roster.RosterFile.Line;
import org.repsportal.roster.RosterFile.Problem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Checks a roster file against the program (regions, countries, languages, areas, roles, mentors) and starts its
 * import as a background job, one at a time. Only Admins (the people module decides) check, start or follow one.
 */
@Service
class RosterImports {

    static final String TIME_ZONE = "UTC";

    /** A line ready to import: the person it describes and, when it names one, the mentor's email. */
    record Planned(Line line, NewPerson person, String mentorEmail) {
    }

    /** What a file would do: its lines' problems, and how many people would be created, updated or left as they are. */
    record Check(List<Planned> plan, List<Problem> problems, int created, int updated, int unchanged, boolean readable) {

        public int failed() {
            return (int) problems.stream().mapToInt(Problem::line).filter(line -> line > 1).distinct().count();
        }
    }

    /** One import as its page shows it. */
    record ImportView(long id, String fileName, boolean running, int total, int processed, int created, int updated,
                      int unchanged, int failed, Instant startedAt, Instant finishedAt, List<Problem> problems) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, processed * 100L / total);
        }
    }

    /** The import that now runs: this one, or the one already running when another was asked for. */
    record Started(long id, boolean alreadyRunning) {
    }

    private final People people;
    private final Catalog catalog;
    private final Mentorships mentorships;
    private final RosterProperties properties;
    private final JdbcClient jdbc;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Void> task;
    private final Clock clock;

    RosterImports(People people, Catalog catalog, Mentorships mentorships, RosterProperties properties, JdbcClient jdbc,
                  ObjectProvider<SchedulerClient> scheduler, OneTimeTask<Void> rosterImportTask, Clock clock) {
        this.people = people;
        this.catalog = catalog;
        this.mentorships = mentorships;
        this.properties = properties;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.task = rosterImportTask;
        this.clock = clock;
    }

    /** The dry run: every problem by line and what would change; nothing is written. */
    Check check(Actor actor, byte[] content) {
        People.mayImport(actor).orForbid();
        return check(actor, RosterFile.read(content, properties), true);
    }

    /**
     * Starts the import of a readable file as a background job, or answers the one already running. A file
     * that cannot be read at all (its type, encoding or header) is not started: the check says why.
     */
    Optional<Started> start(Actor actor, String fileName, byte[] content) {
        People.mayImport(actor).orForbid();
        Optional<Long> running = running();
        if (running.isPresent()) {
            return Optional.of(new Started(running.get(), true));
        }
        var parsed = RosterFile.read(content, properties);
        if (!parsed.readable()) {
            return Optional.empty();
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into roster_imports (started_by, file_name, content, state, total_rows, started_at)
                            values (:by, :name, :content, 'RUNNING', :total, :now) returning id""")
                    .param("by", actor.personId())
                    .param("name", fileName == null || fileName.isBlank() ? "roster.csv" : cut(fileName, 255))
                    .param("content", new String(content, java.nio.charset.StandardCharsets.UTF_8))
                    .param("total", parsed.lines().size() + (int) parsed.problems().stream().mapToInt(Problem::line).distinct().count())
                    .param("now", java.sql.Timestamp.from(clock.instant()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            // another Admin started one a moment ago
            return running().map(other -> new Started(other, true));
        }
        scheduler.ifAvailable(client -> client.scheduleIfNotExists(task.instance(String.valueOf(id)), clock.instant()));
        return Optional.of(new Started(id, false));
    }

    Optional<Long> running() {
        return jdbc.sql("select id from roster_imports where state = 'RUNNING'").query(Long.class).optional();
    }

    /** The running import, else the latest. */
    Optional<ImportView> current(Actor actor) {
        People.mayImport(actor).orForbid();
        return jdbc.sql("select id from roster_imports order by state = 'RUNNING' desc, started_at desc, id desc limit 1")
                .query(Long.class).optional().map(id -> view(actor, id));
    }

    ImportView view(Actor actor, long id) {
        People.mayImport(actor).orForbid();
        ImportView view = jdbc.sql("""
                        select id, file_name, state, total_rows, processed_rows, created, updated, unchanged, failed,
                               started_at, finished_at
                        from roster_imports where id = :id""")
                .param("id", id)
                .query((rs, n) -> new ImportView(rs.getLong("id"), rs.getString("file_name"),
                        "RUNNING".equals(rs.getString("state")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                        rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("failed"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), List.of()))
                .optional().orElseThrow(() -> new NotFoundException("roster import", id));
        if (view.running()) {
            return view;
        }
        List<Problem> problems = jdbc.sql("""
                        select line, message_key, detail from roster_import_errors where import_id = :id
                        order by line, message_key limit 500""")
                .param("id", id)
                .query((rs, n) -> new Problem(rs.getInt("line"), rs.getString("message_key"), rs.getString("detail")))
                .list();
        return new ImportView(view.id(), view.fileName(), false, view.total(), view.processed(), view.created(),
                view.updated(), view.unchanged(), view.failed(), view.startedAt(), view.finishedAt(), problems);
    }

    /** Checks each line against the program; with {@code preview} also says what importing it would change. */
    Check check(Actor actor, RosterFile.Parsed parsed, boolean preview) {
        var problems = new ArrayList<>(parsed.problems());
        if (!parsed.readable()) {
            return new Check(List.of(), problems, 0, 0, 0, false);
        }
        Set<String> mentorsInFile = new HashSet<>();
        for (Line line : parsed.lines()) {
            if (line.roles().contains(Role.MENTOR.name())) {
                mentorsInFile.add(line.email());
            }
        }
        // everyone the file names, as person and as mentor, is looked up at once (a few statements, whatever its length)
        Set<String> lookedUp = new HashSet<>();
        for (Line line : parsed.lines()) {
            if (line.mentorEmail() != null) {
                lookedUp.add(line.mentorEmail());
                if (preview) {
                    lookedUp.add(line.email());
                }
            }
        }
        Map<String, People.ImportMatch> known = people.findByEmails(lookedUp);
        var plan = new ArrayList<Planned>();
        for (Line line : parsed.lines()) {
            int before = problems.size();
            if (!catalog.isRegion(line.region())) {
                problems.add(new Problem(line.line(), "roster.error.region", line.region()));
            }
            var country = catalog.country(line.country());
            if (country.isEmpty()) {
                problems.add(new Problem(line.line(), "roster.error.country", line.country()));
            } else if (catalog.isRegion(line.region()) && !country.get().regionCode().equals(line.region())) {
                problems.add(new Problem(line.line(), "roster.error.country-region", line.country() + " / " + line.region()));
            }
            line.languages().stream().filter(code -> !catalog.isLanguage(code))
                    .forEach(code -> problems.add(new Problem(line.line(), "roster.error.language", code)));
            line.areas().stream().filter(code -> !catalog.isFunctionalArea(code))
                    .forEach(code -> problems.add(new Problem(line.line(), "roster.error.area", code)));
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : line.roles()) {
                try {
                    roles.add(Role.valueOf(role));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(line.line(), "roster.error.role", role));
                }
            }
            if (roles.isEmpty()) {
                roles.add(Role.REP);
            }
            String mentor = line.mentorEmail();
            if (mentor != null && !mentorsInFile.contains(mentor)
                    && !(known.containsKey(mentor) && known.get(mentor).roles().contains(Role.MENTOR))) {
                problems.add(new Problem(line.line(), "roster.error.mentor", mentor));
            }
            if (problems.size() > before) {
                continue;
            }
            var person = new NewPerson(line.name(), line.name(), line.email(), line.country(), null, TIME_ZONE,
                    line.languages(), line.areas(), null, java.time.LocalDate.now(clock), roles, PersonStatus.ACTIVE);
            plan.add(new Planned(line, person, mentor));
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        if (preview && !plan.isEmpty()) {
            Map<String, People.ImportOutcome> outcomes = people.previewImports(actor, plan.stream().map(Planned::person).toList());
            List<Long> mentees = plan.stream().filter(p -> p.mentorEmail() != null && known.containsKey(p.line().email()))
                    .map(p -> known.get(p.line().email()).id()).toList();
            Map<Long, Long> currentMentors = mentees.isEmpty() ? Map.of() : mentorships.currentMentorIds(mentees);
            for (Planned planned : plan) {
                People.ImportOutcome outcome = outcomes.get(planned.line().email());
                if (outcome == People.ImportOutcome.UNCHANGED && planned.mentorEmail() != null
                        && mentorChanges(known.get(planned.line().email()), known.get(planned.mentorEmail()), currentMentors)) {
                    outcome = People.ImportOutcome.UPDATED;
                }
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
        }
        return new Check(plan, problems, created, updated, unchanged, true);
    }

    private static boolean mentorChanges(People.ImportMatch mentee, People.ImportMatch mentor, Map<Long, Long> currentMentors) {
        if (mentee == null || mentor == null) {
            return true;
        }
        return !Long.valueOf(mentor.id()).equals(currentMentors.get(mentee.id()));
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
