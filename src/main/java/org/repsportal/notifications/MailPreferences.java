package org.repsportal.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each person chose per mail category: at once, in the daily digest, or off. Categories a person has not
 * chosen for get the configured default ({@code portal.mail.defaults.<CATEGORY>}, otherwise at once).
 */
@Service
@Transactional(readOnly = true)
class MailPreferences {

    private final JdbcClient jdbc;
    private final PortalMailProperties properties;

    MailPreferences(JdbcClient jdbc, PortalMailProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The person's delivery for every category, defaults filled in. */
    public Map<MailCategory, Delivery> of(long personId) {
        return of(List.of(personId)).get(personId);
    }

    /** The delivery for every category of each of the given people, in one query. */
    public Map<Long, Map<MailCategory, Delivery>> of(Collection<Long> personIds) {
        var result = new HashMap<Long, Map<MailCategory, Delivery>>();
        for (long personId : personIds) {
            result.computeIfAbsent(personId, id -> defaults());
        }
        if (result.isEmpty()) {
            return result;
        }
        jdbc.sql("select person_id, category, delivery from mail_preferences where person_id = any(:ids)")
                .param("ids", result.keySet().toArray(Long[]::new))
                .query(rs -> {
                    MailCategory category = MailCategory.valueOf(rs.getString("category"));
                    Delivery delivery = Delivery.valueOf(rs.getString("delivery"));
                    if (category.allows(delivery)) {
                        result.get(rs.getLong("person_id")).put(category, delivery);
                    }
                });
        return result;
    }

    /**
     * Saves the actor's own choices; categories left out keep what they had. A choice the category does not
     * allow (turning account mail off) is refused field by field.
     */
    @Transactional
    public void choose(Actor actor, Map<MailCategory, Delivery> choices) {
        List<FieldProblem> problems = new ArrayList<>();
        choices.forEach((category, delivery) -> {
            if (delivery == null || !category.allows(delivery)) {
                problems.add(new FieldProblem(fieldOf(category), "notifications.settings.notAllowed"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        choices.forEach((category, delivery) -> jdbc.sql("""
                        insert into mail_preferences (person_id, category, delivery) values (?, ?, ?)
                        on conflict (person_id, category) do update set delivery = excluded.delivery""")
                .params(actor.personId(), category.name(), delivery.name())
                .update());
    }

    /** The name of the form field that holds the choice for a category. */
    public static String fieldOf(MailCategory category) {
        return "choices[" + category.name() + "]";
    }

    private Map<MailCategory, Delivery> defaults() {
        var defaults = new EnumMap<MailCategory, Delivery>(MailCategory.class);
        for (MailCategory category : MailCategory.values()) {
            defaults.put(category, properties.defaultFor(category));
        }
        return defaults;
    }
}
