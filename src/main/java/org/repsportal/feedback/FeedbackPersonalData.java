package org.repsportal.feedback;

import java.util.List;
import java.util.Set;

import org.repsportal.platform.PersonalData;
import org.repsportal.platform.PersonalDataPart;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Feedback in a person's data archive: what they sent and what their mentor forwarded for them (their words, the
 * state and the answer), the feedback delivered to them as a contact (as far as they could read it, so without
 * the name of a mentee who asked not to be named), and the areas they are a contact of.
 */
@Component
class FeedbackPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    FeedbackPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("feedback", "feedback_area_contacts", "feedback_deliveries");
    }

    @Override
    public List<PersonalDataPart> partsOf(long personId) {
        return List.of(
                PersonalDataPart.query(jdbc, "feedback-sent", """
                        select f.id, coalesce(f.area_code, 'LEADERSHIP') as sent_to, f.subject, f.body, f.sender_id = ? as sent_by_me,
                               f.mentee_id, f.mentee_named, f.state, f.received_at, f.acknowledged_at, f.closed_at, f.answer
                        from feedback f where f.sender_id = ? or f.mentee_id = ? order by f.received_at, f.id""",
                        personId, personId, personId),
                PersonalDataPart.query(jdbc, "feedback-delivered-to-me", """
                        select f.id, coalesce(f.area_code, 'LEADERSHIP') as sent_to, f.subject, f.sender_id,
                               case when f.mentee_named then f.mentee_id end as mentee_id, f.state, f.received_at,
                               f.acknowledged_by = ? as acknowledged_by_me, f.closed_by = ? as answered_by_me
                        from feedback_deliveries d join feedback f on f.id = d.feedback_id
                        where d.person_id = ? order by f.received_at, f.id""", personId, personId, personId),
                PersonalDataPart.query(jdbc, "feedback-contact-of", """
                        select area_code, added_at from feedback_area_contacts where person_id = ? order by area_code""", personId));
    }
}
