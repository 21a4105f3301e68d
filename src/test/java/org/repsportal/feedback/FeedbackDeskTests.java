package org.repsportal.feedback;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.repsportal.platform.ForbiddenException;
import org.repsportal.platform.IllegalTransitionException;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Feedback reaches its contacts as a task and a mail each, a mentee who asked not to be named is named to them
 * nowhere, only its sender, its mentee and its contacts read it, and answering it closes the tasks and tells the sender.
 */
@PortalTest
class FeedbackDeskTests {

    @Autowired
    Program program;

    @Autowired
    Mailbox mailbox;

    @Autowired
    FeedbackDesk desk;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackPersonalData personalData;

    @Test
    void feedbackToAnAreaReachesEachOfItsContactsAsATaskAndAMailButNotTheSender() {
        Person admin = program.admin("Routing Admin");
        Person first = program.mentor("Routing First Contact");
        Person second = program.rep("Routing Second Contact");
        Person bystander = program.rep("Routing Bystander");
        desk.addContact(program.actor(admin), "QA", first.getId());
        desk.addContact(program.actor(admin), "QA", second.getId());
        Person sender = program.rep("Routing Sender");

        long id = desk.send(program.actor(sender), NewFeedback.own("QA", "Crash reports are hard to file",
                "Filing a crash report takes too many steps for new contributors."));

        awaitTasks(id, 2);
        assertThat(taskAssignees(id)).containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(jdbc.sql("select count(*) from tasks where source_ref like ? and (type <> 'FEEDBACK' or state <> 'OPEN')")
                .param("feedback:" + id + ":%").query(Long.class).single()).isZero();
        assertThat(feedbackMailTo(first)).singleElement().asString()
                .contains("New feedback for Quality assurance: Crash reports are hard to file")
                .contains("Routing Sender sent feedback for Quality assurance.").contains("/feedback/" + id);
        assertThat(feedbackMailTo(second)).hasSize(1);
        assertThat(feedbackMailTo(sender)).isEmpty();
        assertThat(feedbackMailTo(bystander)).isEmpty();
    }

    @Test
    void feedbackToTheLeadershipReachesTheCouncilMembersButNotASenderWhoIsOnIt() {
        Person member = program.council("Leadership Member");
        Person sending = program.council("Leadership Sending Member");

        long id = desk.send(program.actor(sending), NewFeedback.own(FeedbackDesk.LEADERSHIP, "An open call before campaigns",
                "Local communities would like to be asked before the next campaign."));

        awaitTasks(id, 1);
        assertThat(taskAssignees(id)).contains(member.getId()).doesNotContain(sending.getId());
        assertThat(feedbackMailTo(member)).singleElement().asString().contains("New feedback for the leadership: An open call");
        assertThat(desk.open(program.actor(member), id).asContact()).isTrue();
        assertThatThrownBy(() -> desk.acknowledge(program.actor(sending), id)).isInstanceOf(ForbiddenException.class)
                .hasMessage("feedback.policy.ownFeedback");
    }

    @Test
    void aMenteeWhoAskedNotToBeNamedIsNamedToTheContactsNowhereButTheSenderAndTheMenteeSeeThem() throws Exception {
        Person admin = program.admin("Anonymity Admin");
        Person contact = program.rep("Anonymity Contact");
        desk.addContact(program.actor(admin), "PRIVACY", contact.getId());
        Person mentor = program.mentor("Anonymity Mentor");
        Person mentee = program.menteeOf(mentor, "Zoraida Secretname");

        long id = desk.send(program.actor(mentor), new NewFeedback("PRIVACY", "Photos at events without asking",
                "People were photographed at the last meetup and the photos were posted without asking them.",
                mentee.getId(), false));

        awaitTasks(id, 1);
        FeedbackView seen = desk.open(program.actor(contact), id);
        assertThat(seen.forwarded()).isTrue();
        assertThat(seen.menteeId()).isNull();
        assertThat(seen.menteeName()).isNull();
        assertThat(desk.inbox(program.actor(contact), null, 0, 20).items())
                .filteredOn(s -> s.id() == id).singleElement()
                .satisfies(s -> assertThat(s.menteeName()).isNull())
                .satisfies(s -> assertThat(s.menteeId()).isNull());
        assertThat(jdbc.sql("select title || ' ' || coalesce(subject_person_id::text, '-') from tasks where source_ref = ?")
                .param(FeedbackListeners.sourceRef(id, contact.getId())).query(String.class).single())
                .doesNotContain("Secretname").endsWith(" -");
        assertThat(feedbackMailTo(contact)).singleElement().asString().doesNotContain("Secretname")
                .contains("from a mentee who asked not to be named");
        String page = mvc.perform(get("/feedback/" + id).header("Authorization", Program.bearer(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("On behalf of a mentee who asked not to be named").doesNotContain("Secretname");
        String json = mvc.perform(get("/api/v1/feedback/" + id).header("Authorization", Program.bearer(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("Secretname").contains("\"menteeId\":null").contains("\"menteeNamed\":false");
        String inbox = mvc.perform(get("/feedback/inbox").header("Authorization", Program.bearer(contact)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("Photos at events without asking").doesNotContain("Secretname");
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like '%Secretname%'")
                .query(Long.class).single()).isZero();

        assertThat(desk.open(program.actor(mentor), id).menteeName()).isEqualTo("Zoraida Secretname");
        assertThat(desk.open(program.actor(mentee), id).menteeName()).isEqualTo("Zoraida Secretname");
        assertThat(desk.mine(program.actor(mentee), 0, 20).items()).extracting(FeedbackSummary::id).contains(id);
    }

    @Test
    void aMenteeWhoWantsToBeNamedIsNamedToTheContacts() {
        Person admin = program.admin("Named Admin");
        Person contact = program.rep("Named Contact");
        desk.addContact(program.actor(admin), "EDUCATION", contact.getId());
        Person mentor = program.mentor("Named Mentor");
        Person mentee = program.menteeOf(mentor, "Named Nadia");

        long id = desk.send(program.actor(mentor), new NewFeedback("EDUCATION", "Slides for the workshop",
                "The workshop slides are only in English.", mentee.getId(), true));

        awaitTasks(id, 1);
        assertThat(desk.open(program.actor(contact), id).menteeName()).isEqualTo("Named Nadia");
        assertThat(feedbackMailTo(contact)).singleElement().asString().contains("from their mentee Named Nadia");
        assertThat(jdbc.sql("select subject_person_id from tasks where source_ref = ?")
                .param(FeedbackListeners.sourceRef(id, contact.getId())).query(Long.class).single()).isEqualTo(mentee.getId());
    }

    @Test
    void onlyItsSenderItsMenteeAndItsContactsReadFeedbackAndOnlyContactsAnswerIt() {
        Person admin = program.admin("Access Admin");
        Person contact = program.rep("Access Contact");
        desk.addContact(program.actor(admin), "SUPPORT", contact.getId());
        Person sender = program.rep("Access Sender");
        Person council = program.council("Access Council");
        Person stranger = program.mentor("Access Stranger");

        long id = desk.send(program.actor(sender), NewFeedback.own("SUPPORT", "Help pages", "The help pages are out of date."));

        assertThat(desk.open(program.actor(sender), id).asContact()).isFalse();
        assertThat(desk.open(program.actor(contact), id).mayAnswer()).isTrue();
        for (Person other : List.of(stranger, council, admin)) {
            assertThatThrownBy(() -> desk.open(program.actor(other), id)).as(other.getDisplayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> desk.acknowledge(program.actor(other), id)).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> desk.acknowledge(program.actor(sender), id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> desk.inbox(program.actor(stranger), null, 0, 20)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> desk.addContact(program.actor(council), "SUPPORT", stranger.getId()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aMentorForwardsOnlyForTheirCurrentMenteesAndAnAreaWithoutContactsTakesNoFeedback() {
        Person mentor = program.mentor("Forwarding Mentor");
        Person notTheirs = program.rep("Not Their Mentee");
        program.assign(notTheirs, program.mentor("Someone Else"));
        Person mentee = program.menteeOf(mentor, "Their Mentee");

        assertThatThrownBy(() -> desk.send(program.actor(mentor), new NewFeedback(FeedbackDesk.LEADERSHIP, "S", "T",
                notTheirs.getId(), true))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> desk.send(program.actor(mentor), new NewFeedback(FeedbackDesk.LEADERSHIP, "S", "T",
                mentee.getId(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("menteeNamed:feedback.menteeNamed.required"));
        jdbc.sql("delete from feedback_area_contacts where area_code = 'OPEN_INNOVATION'").update();
        assertThatThrownBy(() -> desk.send(program.actor(mentor), NewFeedback.own("OPEN_INNOVATION", "S", "T")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("to:feedback.to.noContacts"));
        assertThatThrownBy(() -> desk.send(program.actor(mentor), NewFeedback.own("NOWHERE", " ", "\u0000 ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("to:feedback.to.unknown", "subject:feedback.subject.required", "text:feedback.text.required"));
    }

    @Test
    void answeringAcknowledgedFeedbackClosesEveryContactsTaskAndMailsTheAnswerToTheSenderInTheirLanguage() {
        Person admin = program.admin("Answer Admin");
        Person answering = program.rep("Answering Contact");
        Person other = program.rep("Other Contact");
        desk.addContact(program.actor(admin), "MARKETING", answering.getId());
        desk.addContact(program.actor(admin), "MARKETING", other.getId());
        Person sender = program.rep("Spanish Sender");
        people.choosePortalLanguage(program.actor(sender), sender.getId(), "es");

        long id = desk.send(program.actor(sender), NewFeedback.own("MARKETING", "Carteles en español",
                "Los carteles de la campaña solo están en inglés."));
        awaitTasks(id, 2);
        assertThatThrownBy(() -> desk.close(program.actor(answering), id, "Too early"))
                .isInstanceOf(IllegalTransitionException.class);
        desk.acknowledge(program.actor(answering), id);
        assertThat(desk.open(program.actor(sender), id).state()).isEqualTo(FeedbackState.ACKNOWLEDGED);
        assertThatThrownBy(() -> desk.close(program.actor(answering), id, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("answer:feedback.answer.required"));

        desk.close(program.actor(answering), id, "The posters are being translated this week.");

        FeedbackView closed = desk.open(program.actor(sender), id);
        assertThat(closed.state()).isEqualTo(FeedbackState.CLOSED);
        assertThat(closed.answer()).isEqualTo("The posters are being translated this week.");
        assertThat(closed.closedByName()).isEqualTo("Answering Contact");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from tasks where source_ref like ? and state = 'CLOSED'").param("feedback:" + id + ":%")
                .query(Long.class).single() == 2);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !feedbackMailTo(sender).isEmpty());
        assertThat(feedbackMailTo(sender)).singleElement().asString()
                .contains("Tus comentarios tienen respuesta: Carteles en español")
                .contains("The posters are being translated this week.");
    }

    @Test
    void theDataArchiveHoldsWhatWasSentOrForwardedForThePersonAndWhatReachedThemAsAContactWithoutAnAnonymousMentee() {
        Person admin = program.admin("Archive Admin");
        Person contact = program.rep("Archive Contact");
        desk.addContact(program.actor(admin), "DOCUMENTATION", contact.getId());
        Person mentor = program.mentor("Archive Mentor");
        Person mentee = program.menteeOf(mentor, "Archive Mentee");
        long id = desk.send(program.actor(mentor), new NewFeedback("DOCUMENTATION", "Outdated install guide",
                "The install guide still shows the old screens.", mentee.getId(), false));
        awaitTasks(id, 1);

        var menteeParts = personalData.partsOf(mentee.getId());
        assertThat(menteeParts).filteredOn(p -> p.name().equals("feedback-sent")).singleElement()
                .satisfies(p -> assertThat(p.rows()).singleElement().asString().contains("Outdated install guide"));
        var contactParts = personalData.partsOf(contact.getId());
        assertThat(contactParts).filteredOn(p -> p.name().equals("feedback-contact-of")).singleElement()
                .satisfies(p -> assertThat(p.rows()).singleElement().asString().contains("DOCUMENTATION"));
        assertThat(contactParts).filteredOn(p -> p.name().equals("feedback-delivered-to-me")).singleElement()
                .satisfies(p -> {
                    assertThat(p.rows()).singleElement().asString().contains("Outdated install guide");
                    assertThat(p.rows().get(0).get(p.columns().indexOf("mentee_id"))).isNull();
                });
    }

    private void awaitTasks(long feedbackId, int atLeast) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from tasks where source_ref like ?")
                .param("feedback:" + feedbackId + ":%").query(Long.class).single() >= atLeast);
    }

    private List<Long> taskAssignees(long feedbackId) {
        return jdbc.sql("select assignee_id from tasks where source_ref like ? order by assignee_id")
                .param("feedback:" + feedbackId + ":%").query(Long.class).list();
    }

    private List<String> feedbackMailTo(Person person) {
        return mailbox.to(person).in("FEEDBACK").list().stream().map(m -> m.subject() + "\n" + m.body()).toList();
    }
}
