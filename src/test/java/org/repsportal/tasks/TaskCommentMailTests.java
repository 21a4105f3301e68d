package org.repsportal.tasks;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.repsportal.availability.Absences;
import org.repsportal.availability.NewAbsence;
import org.repsportal.people.Person;
import org.repsportal.support.Mailbox;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.repsportal.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A task's comment is mailed to its assignee and watchers, not its writer, in each one's language and as written
 * by the commenter, so a watcher who is away answers each writer with one auto-reply for the absence.
 */
@PortalTest
@EnableScenarios
@org.springframework.test.context.TestPropertySource(properties = "portal.mentorship.confirmation-wait=7d")
class TaskCommentMailTests {

    @Autowired Program program;
    @Autowired Mailbox mailbox;
    @Autowired Tasks tasks;
    @Autowired Absences absences;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCommentIsMailedToTheAssigneeAndWatchersAndAnAwayWatcherAutoRepliesOncePerWriter() throws Exception {
        Person assignee = program.mentor("Asignada Comentario");
        Person watcher = program.rep("Away Watcher");
        Person delegate = program.rep("Delegate Dora");
        Person writer = program.council("Writing Council");
        jdbc.sql("update people set portal_language = 'es' where id = ?").param(assignee.getId()).update();
        String ref = "test:comment-mail:" + assignee.getId();
        transactions.executeWithoutResult(s -> events.publishEvent(new TaskRequested(TaskType.FOLLOW_UP, "Plan the launch party",
                null, assignee.getId(), TaskPriority.NORMAL, null, ref, Set.of(watcher.getId()))));
        await().until(() -> jdbc.sql("select count(*) from tasks where source_ref = ?").param(ref).query(Long.class).single() == 1);
        long task = jdbc.sql("select id from tasks where source_ref = ?").param(ref).query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        absences.declare(program.actor(watcher), new NewAbsence(today, today.plusDays(6), delegate.getId(), null,
                "Off hiking this week.", false, null));

        mvc.perform(post("/tasks/{id}/comments", task).cookie(SignIn.as(mvc, writer)).with(csrf())
                        .param("body", "The venue is booked."))
                .andExpect(status().is3xxRedirection());
        await().until(() -> mails(watcher, "commented on the task") == 1 && mails(assignee, "comentó la tarea") == 1);
        assertThat(body(assignee, "comentó la tarea")).contains("The venue is booked.").contains("/tasks/" + task);
        assertThat(category(watcher, "commented on the task")).isEqualTo("TASKS");
        assertThat(taskMails(writer)).as("not to the writer").isZero();
        await().until(() -> mails(writer, "Auto-reply: Away Watcher is away") == 1);
        assertThat(mails(assignee, "Auto-reply")).isZero();

        tasks.comment(program.actor(writer), task, "And the catering too.");
        await().until(() -> mails(watcher, "commented on the task") == 2);
        assertThat(mails(writer, "Auto-reply: Away Watcher is away")).as("once per writer per absence").isOne();

        tasks.comment(program.actor(assignee), task, "Gracias, lo veo.");
        await().until(() -> mails(watcher, "commented on the task") == 3);
        await().until(() -> mails(assignee, "Auto-reply") + mails(assignee, "Respuesta automática") == 1);
        assertThat(taskMails(assignee)).as("the Council's two comments, not their own").isEqualTo(2);
    }

    private long mails(Person to, String subject) {
        return mailbox.to(to).subjectContaining(subject).count();
    }

    private long taskMails(Person to) {
        return mailbox.to(to).in("TASKS").count();
    }

    private String body(Person to, String subject) {
        return mailbox.to(to).subjectContaining(subject).first().body();
    }

    private String category(Person to, String subject) {
        return mailbox.to(to).subjectContaining(subject).first().category();
    }
}
