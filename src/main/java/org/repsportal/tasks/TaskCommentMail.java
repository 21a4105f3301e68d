package org.repsportal.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.people.People;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a task's comment to its assignee and watchers, not to the writer, each in their own language. The mail is
 * written by the commenter ({@link Mail#writtenBy}), so replies go to them and a recipient who is away answers with
 * their auto-reply.
 */
@Component
class TaskCommentMail {

    private final TaskRepository tasks;
    private final People people;
    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;

    TaskCommentMail(TaskRepository tasks, People people, Outbox outbox, Texts texts, PortalLinks links) {
        this.tasks = tasks;
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(TaskCommented commented) {
        Task task = tasks.findById(commented.taskId()).orElse(null);
        if (task == null) {
            return;
        }
        var recipients = new LinkedHashSet<Long>();
        recipients.add(task.getAssigneeId());
        recipients.addAll(task.getWatcherIds());
        recipients.remove(commented.authorId());
        if (recipients.isEmpty()) {
            return;
        }
        String author = people.summaries(List.of(commented.authorId())).get(commented.authorId()).displayName();
        String link = links.to("/tasks/" + task.getId());
        Map<Long, Texts> in = texts.forPeople(recipients);
        var mails = new ArrayList<Mail>();
        for (long recipient : recipients) {
            Texts texts = in.get(recipient);
            String title = task.titleIn(texts);
            mails.add(Mail.to(recipient, MailCategory.TASKS, texts.get("task.comment.mail.subject", author, title),
                    texts.get("task.comment.mail.body", author, title, commented.comment(), link)).writtenBy(commented.authorId()));
        }
        outbox.queueAll(mails);
    }
}
