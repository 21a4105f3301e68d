package org.repsportal.board;

import java.util.List;
import java.util.Map;

import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.stereotype.Component;

/** The mail of the mentors' board, queued in the transaction of the reply that causes it. */
@Component
class BoardMail {

    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;

    BoardMail(Outbox outbox, Texts texts, PortalLinks links) {
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
    }

    /** Followers of a thread hear of a new reply, except its author; returns whom the mail reaches. */
    org.repsportal.notifications.MailReach boardReply(BoardThread thread, long authorId, String authorName, List<Long> followers) {
        String link = links.to("/board/" + thread.getId());
        Map<Long, Texts> in = texts.forPeople(followers);
        return outbox.queueAll(followers.stream()
                .map(id -> Mail.to(id, MailCategory.MENTORS_BOARD, in.get(id).get("board.mail.reply.subject", thread.getTitle()),
                        in.get(id).get("board.mail.reply.body", authorName, thread.getTitle(), link)).writtenBy(authorId))
                .toList());
    }
}
