package org.repsportal.board;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a person wrote on the mentors' board and the threads they follow, in their data archive. */
@Component
class BoardPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    BoardPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("board_threads", "board_replies", "board_followers");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "board-threads", """
                        select t.id, t.title, t.body, t.created_at from board_threads t where t.author_id = ?
                        order by t.created_at, t.id""", personId),
                PersonalDataPart.query(jdbc, "board-replies", """
                        select r.id, r.thread_id, r.body, r.created_at from board_replies r where r.author_id = ?
                        order by r.created_at, r.id""", personId),
                PersonalDataPart.query(jdbc, "board-follows", """
                        select f.thread_id from board_followers f where f.person_id = ? order by f.thread_id""", personId));
    }
}
