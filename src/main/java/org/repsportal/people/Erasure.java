package org.repsportal.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.repsportal.platform.Decision;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An Admin erases a person, irreversibly: the profile is pseudonymised ("Former member #id"), the act is kept in
 * the audit trail (who, when, why) and {@link PersonErased} tells the other modules to remove what they keep of the
 * person, and to put the former member's name where others' words name them. Their listeners run in this same
 * transaction, so an erasure happens whole or not at all. Reports, events and concerns stay, now under the former
 * member's name.
 */
@Service
@Transactional
class Erasure {

    static final int REASON_MAX = 500;

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Erasure(PersonRepository people, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    static String formerMemberName(long personId) {
        return "Former member #" + personId;
    }

    /** Unique by the id, and under {@code .invalid}, a name that never receives mail (RFC 6761). */
    static String erasedEmail(long personId) {
        return "erased-" + personId + "@erased.invalid";
    }

    /** Only an Admin erases, and never themselves (someone must be left to administer the program). */
    static Decision mayErase(Actor actor, long personId) {
        if (!actor.has(Role.ADMIN)) {
            return Decision.refuse("people.erase.refused.admin");
        }
        if (actor.is(personId)) {
            return Decision.refuse("people.erase.refused.self");
        }
        return Decision.allow();
    }

    /** The person an Admin is about to erase. */
    @Transactional(readOnly = true)
    Person toErase(Actor actor, long personId) {
        mayErase(actor, personId).orForbid();
        return people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
    }

    /** Erases the person; {@code confirmation} must be the person's email address as it is now, typed again. */
    PersonErased erase(Actor actor, long personId, String reason, String confirmation) {
        mayErase(actor, personId).orForbid();
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > REASON_MAX) {
            throw new InvalidInputException(List.of(new FieldProblem("reason",
                    text.isEmpty() ? "people.erase.reason.required" : "people.erase.reason.long")));
        }
        if (person.getStatus() == PersonStatus.ERASED) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", "people.erase.already")));
        }
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(person.getEmail())) {
            throw new InvalidInputException(List.of(new FieldProblem("confirmation", "people.erase.confirmation.wrong")));
        }
        Instant now = clock.instant();
        PersonErased erased = person.erase(actor.personId(), now);
        people.saveAndFlush(person);
        jdbc.sql("insert into person_erasures (person_id, erased_by, reason, erased_at) values (?, ?, ?, ?)")
                .params(personId, actor.personId(), text, Timestamp.from(now))
                .update();
        events.publishEvent(erased);
        return erased;
    }
}
