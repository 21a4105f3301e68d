package org.repsportal.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.repsportal.platform.Texts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells {@link Texts} which language people chose and which zone they live in, so mail to them is written in both. */
@Component
class PortalLanguages implements Texts.PersonLanguages {

    private final JdbcClient jdbc;

    PortalLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Texts.Choice> of(Collection<Long> personIds) {
        var result = new LinkedHashMap<Long, Texts.Choice>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select id, portal_language, time_zone from people where id = any(?)")
                .param(personIds.toArray(Long[]::new))
                .query((rs, n) -> result.put(rs.getLong(1), new Texts.Choice(rs.getString(2), rs.getString(3))))
                .list();
        return result;
    }
}
