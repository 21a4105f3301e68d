package org.repsportal.orientation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.repsportal.mentorship.MentorReadiness;
import org.repsportal.platform.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells mentorship whether a mentor is ready for new mentees, by {@link MentorReadinessPolicy}: the state
 * of their latest orientation and whether the Council allowed new mentees during it.
 */
@Component
@Transactional(readOnly = true)
class OrientationReadiness implements MentorReadiness {

    private static final String LATEST = """
            select distinct on (o.person_id) o.person_id, o.state,
                   exists (select 1 from readiness_overrides r
                           where r.mentor_id = o.person_id and r.mentee_id is null and r.created_at >= o.nominated_at) as overridden
            from orientations o
            where o.person_id = any(:ids)
            order by o.person_id, o.nominated_at desc, o.id desc""";

    private final JdbcClient jdbc;

    OrientationReadiness(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Decision readyForNewMentees(long mentorId) {
        return jdbc.sql(LATEST).param("ids", new Long[] {mentorId})
                .query((rs, n) -> MentorReadinessPolicy.readyForNewMentees(OrientationState.valueOf(rs.getString("state")),
                        rs.getBoolean("overridden")))
                .optional()
                .orElse(MentorReadinessPolicy.readyForNewMentees(null, false));
    }

    @Override
    public Set<Long> notReadyAmong(Collection<Long> mentorIds) {
        var notReady = new HashSet<Long>();
        if (mentorIds.isEmpty()) {
            return notReady;
        }
        jdbc.sql(LATEST).param("ids", mentorIds.toArray(Long[]::new))
                .query((rs, n) -> {
                    if (MentorReadinessPolicy.readyForNewMentees(OrientationState.valueOf(rs.getString("state")),
                            rs.getBoolean("overridden")).refused()) {
                        notReady.add(rs.getLong("person_id"));
                    }
                    return null;
                }).list();
        return notReady;
    }
}
