package org.repsportal.board;

import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When a person is erased, in the erasing transaction: they follow no thread of the board any more. */
@Component
class ErasedFollowers {

    private final JdbcClient jdbc;

    ErasedFollowers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonErased erased) {
        jdbc.sql("delete from board_followers where person_id = ?").param(erased.personId()).update();
    }
}
