package org.repsportal.notifications;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's mail preferences in their data archive. */
@Component
class NotificationsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    NotificationsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("mail_preferences");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "mail-preferences", """
                        select m.category, m.delivery from mail_preferences m where m.person_id = ? order by m.category""", personId));
    }
}
