package org.repsportal.calendar;

import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When a person is erased, their private calendar feed's address stops working, in the erasing transaction. */
@Component
class ErasedFeeds {

    private final JdbcClient jdbc;

    ErasedFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased erased) {
        jdbc.sql("delete from calendar_feeds where person_id = ?").param(erased.personId()).update();
    }
}
