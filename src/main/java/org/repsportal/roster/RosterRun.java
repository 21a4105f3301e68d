package org.repsportal.roster;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.repsportal.mentorship.AssignMentor;
import org.repsportal.mentorship.AssignmentKind;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.roster.RosterFile.Problem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of one import: each line in its own transaction through the people and mentorship services (which
 * check that the Admin who started it may), the progress written after every line, then the summary.
 */
@Component
class RosterRun {

    static final String REASON = "roster import";

    private final RosterImports imports;
    private final RosterProperties properties;
    private final People people;
    private final Mentorships mentorships;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RosterRun(RosterImports imports, RosterProperties properties, People people, Mentorships mentorships, JdbcClient jdbc,
              TransactionTemplate transactions, Clock clock) {
        this.imports = imports;
        this.properties = properties;
        this.people = people;
        this.mentorships = mentorships;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    void run(long id) {
        Map<String, Object> job = jdbc.sql("select started_by, content, state from roster_imports where id = :id")
                .param("id", id).query().singleRow();
        if (!"RUNNING".equals(job.get("state"))) {
            return;
        }
        Actor actor = people.actorFor(((Number) job.get("started_by")).longValue())
                .orElseThrow(() -> new NotFoundException("person", job.get("started_by")));
        var parsed = RosterFile.read(((String) job.get("content")).getBytes(StandardCharsets.UTF_8), properties);
        RosterImports.Check check = imports.check(actor, parsed, false);
        var problems = new ArrayList<>(check.problems());
        int[] counts = new int[4]; // created, updated, unchanged, failed
        counts[3] = check.failed();
        int processed = counts[3];
        progress(id, processed, counts);
        // mentors named in the file first, so their mentees find them
        var mentors = check.plan().stream().map(RosterImports.Planned::mentorEmail).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        List<RosterImports.Planned> plan = check.plan().stream()
                .sorted(Comparator.comparing((RosterImports.Planned p) -> !mentors.contains(p.line().email())))
                .toList();
        for (RosterImports.Planned planned : plan) {
            try {
                People.ImportOutcome outcome = transactions.execute(status -> importLine(actor, planned));
                counts[outcome.ordinal()]++;
            } catch (RuleViolationException e) {
                fail(problems, counts, planned, e.reasonKey());
            } catch (InvalidInputException e) {
                fail(problems, counts, planned, e.problems().stream().findFirst().map(FieldProblem::messageKey)
                        .orElse("roster.error.invalid"));
            } catch (ForbiddenException e) {
                fail(problems, counts, planned, "policy.people.import-admin");
            }
            progress(id, ++processed, counts);
        }
        finish(id, processed, counts, problems);
    }

    private People.ImportOutcome importLine(Actor actor, RosterImports.Planned planned) {
        People.ImportOutcome outcome = people.importPerson(actor, planned.person());
        if (planned.mentorEmail() == null) {
            return outcome;
        }
        Person mentee = people.findByEmail(planned.person().email()).orElseThrow();
        Person mentor = people.findByEmail(planned.mentorEmail())
                .orElseThrow(() -> new RuleViolationException("roster.error.mentor"));
        boolean same = mentorships.currentMentorOf(mentee.getId()).map(m -> m.equals(mentor.getId())).orElse(false);
        if (!same) {
            mentorships.assign(actor, new AssignMentor(mentee.getId(), mentor.getId(), AssignmentKind.PERMANENT, REASON));
            if (outcome == People.ImportOutcome.UNCHANGED) {
                return People.ImportOutcome.UPDATED;
            }
        }
        return outcome;
    }

    private static void fail(List<Problem> problems, int[] counts, RosterImports.Planned planned, String key) {
        problems.add(new Problem(planned.line().line(), key, planned.line().email()));
        counts[3]++;
    }

    private void progress(long id, int processed, int[] counts) {
        jdbc.sql("""
                        update roster_imports set processed_rows = :processed, created = :created, updated = :updated,
                               unchanged = :unchanged, failed = :failed
                        where id = :id""")
                .param("processed", processed).param("created", counts[0]).param("updated", counts[1])
                .param("unchanged", counts[2]).param("failed", counts[3]).param("id", id)
                .update();
    }

    private void finish(long id, int processed, int[] counts, List<Problem> problems) {
        transactions.executeWithoutResult(status -> {
            progress(id, processed, counts);
            for (Problem problem : problems) {
                jdbc.sql("""
                                insert into roster_import_errors (import_id, line, message_key, detail)
                                values (:id, :line, :key, :detail) on conflict do nothing""")
                        .param("id", id).param("line", problem.line()).param("key", problem.messageKey())
                        .param("detail", problem.detail() == null ? null
                                : problem.detail().length() > 500 ? problem.detail().substring(0, 500) : problem.detail())
                        .update();
            }
            jdbc.sql("update roster_imports set state = 'FINISHED', finished_at = :now where id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        });
    }
}
