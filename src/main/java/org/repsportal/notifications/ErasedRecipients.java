package org.repsportal.notifications;

import org.repsportal.people.ErasedNames;
import org.repsportal.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, in the erasing transaction: their mail settings go, mail still waiting for them is
 * dropped, and the mail log keeps what was sent without their name or address, also where a subject or a body
 * sent to others names them.
 */
@Component
class ErasedRecipients {

    private final JdbcClient jdbc;
    private final ErasedNames names;

    ErasedRecipients(JdbcClient jdbc, ErasedNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    @EventListener
    void on(PersonErased erased) {
        long personId = erased.personId();
        jdbc.sql("delete from mail_preferences where person_id = ?").param(personId).update();
        jdbc.sql("delete from mail_messages where recipient_id = ? and status in ('QUEUED', 'HELD_FOR_DIGEST')")
                .param(personId).update();
        jdbc.sql("update mail_messages set recipient_address = ?, recipient_name = ? where recipient_id = ?")
                .params("erased-" + personId + "@erased.invalid", erased.formerMemberName(), personId)
                .update();
        jdbc.sql("""
                        update mail_messages set reply_to_address = null, reply_to_name = null, reply_to_person_id = null
                        where reply_to_person_id = ?""")
                .param(personId).update();
        names.replaceIn(erased, "mail_messages", "subject", "body");
    }
}
