package org.repsportal.notifications;

import java.util.List;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The footer of a mail (why one gets it, where to change that) is in the recipient's language. */
@PortalTest
class MailFooterLanguageTests {

    @Autowired
    Program program;

    @Autowired
    People people;

    @Autowired
    MailComposer composer;

    @Test
    void theFooterWithItsCategoryNameFollowsTheRecipientsLanguageAndAnApplicantsTheLanguageTheyAppliedIn() throws Exception {
        Person spanish = program.rep("Paloma Pie");
        people.choosePortalLanguage(program.actor(spanish), spanish.getId(), "es");

        assertThat(body(spanish.getId(), null)).contains("Recibes este correo de tipo Recordatorios de")
                .contains("Elige qué correo recibes y cómo:").doesNotContain("Choose which mail");
        assertThat(body(null, null)).contains("You get this Reminders mail from").contains("Choose which mail you get, and how:");
        assertThat(body(null, "es")).contains("Recibes este correo de tipo Recordatorios de").doesNotContain("Choose which mail");
    }

    private String body(Long recipientId, String language) throws Exception {
        var mime = new MimeMessage(Session.getInstance(new Properties()));
        composer.compose(new OutgoingMail(1, MailCategory.REMINDERS, recipientId, "someone@example.org", "Someone",
                null, null, "Subject", "Body", 0, List.of(), language)).prepare(mime);
        mime.saveChanges();
        return (String) mime.getContent();
    }
}
