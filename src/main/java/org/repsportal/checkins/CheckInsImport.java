package org.repsportal.checkins;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.repsportal.platform.SequenceIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds past check-ins at once (demo programs, migrations from another portal). */
@Service
public class CheckInsImport {

    /** A check-in that already happened, with its goals and notes. */
    public record PastCheckIn(long mentorId, long menteeId, Instant at, ZoneId zone, List<String> goals, String notes,
                              String menteeFeedback) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CheckInsImport(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void importAll(List<PastCheckIn> checkIns) {
        if (checkIns.isEmpty()) {
            return;
        }
        List<Long> ids = SequenceIds.reserve(jdbc, "checkins_seq", checkIns.size());
        Timestamp now = Timestamp.from(clock.instant());
        var rows = new ArrayList<Object[]>();
        var goals = new ArrayList<Object[]>();
        for (int i = 0; i < checkIns.size(); i++) {
            PastCheckIn c = checkIns.get(i);
            long id = ids.get(i);
            LocalDate heldOn = c.at().atZone(c.zone()).toLocalDate();
            rows.add(new Object[] {id, UUID.randomUUID(), c.mentorId(), c.menteeId(), Timestamp.from(c.at()), c.zone().getId(),
                    CheckInStatus.HELD.name(), c.notes(), java.sql.Date.valueOf(heldOn), c.menteeFeedback(), now, now});
            for (int g = 0; g < c.goals().size(); g++) {
                goals.add(new Object[] {id, g, c.goals().get(g)});
            }
        }
        jdbc.batchUpdate("""
                insert into checkins (id, uid, mentor_id, mentee_id, scheduled_at, time_zone, status, notes, held_on,
                                      mentee_feedback, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("insert into checkin_goals (checkin_id, position, text) values (?, ?, ?)", goals);
    }
}
