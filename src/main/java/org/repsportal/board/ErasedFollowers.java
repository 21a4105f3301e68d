package org.repsportal.board;

import org.repsportal.people.ErasedNames;
import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, in the erasing transaction: they follow no thread of the board any more, and where a
 * thread or a reply names them the former member's name stands instead.
 */
@Component
class ErasedFollowers {

    private final JdbcClient jdbc;
    private final ErasedNames names;

    ErasedFollowers(JdbcClient jdbc, ErasedNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    @EventListener
    void on(PersonErased erased) {
        jdbc.sql("delete from board_followers where person_id = ?").param(erased.personId()).update();
        names.replaceIn(erased, "board_threads", "title", "body");
        names.replaceIn(erased, "board_replies", "body");
    }
}
