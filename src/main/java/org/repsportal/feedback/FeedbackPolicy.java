package org.repsportal.feedback;

import java.util.Optional;
import java.util.Set;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Who may do what with feedback. Its contacts are the Council for the leadership, and the area's contacts for an
 * area; they, the sender and the mentee it was forwarded for read it, nobody else. Contacts answer it, except
 * the sender their own.
 */
final class FeedbackPolicy {

    private FeedbackPolicy() {
    }

    /** Whether the actor is one of the feedback's contacts, given the areas they are a contact of. */
    static boolean isContact(Actor actor, Feedback feedback, Set<String> contactAreas) {
        return feedback.forLeadership() ? actor.has(Role.COUNCIL) : contactAreas.contains(feedback.getAreaCode());
    }

    static Decision mayRead(Actor actor, Feedback feedback, Set<String> contactAreas) {
        boolean own = actor.is(feedback.getSenderId()) || feedback.getMenteeId() != null && actor.is(feedback.getMenteeId());
        return own || isContact(actor, feedback, contactAreas) ? Decision.allow() : Decision.refuse("feedback.policy.read");
    }

    static Decision mayAnswer(Actor actor, Feedback feedback, Set<String> contactAreas) {
        if (!isContact(actor, feedback, contactAreas)) {
            return Decision.refuse("feedback.policy.contactsOnly");
        }
        return actor.is(feedback.getSenderId()) ? Decision.refuse("feedback.policy.ownFeedback") : Decision.allow();
    }

    /** A mentor forwards feedback only for a current mentee of theirs. */
    static Decision mayForwardFor(Actor actor, Optional<Long> currentMentorOfMentee) {
        return currentMentorOfMentee.filter(actor::is).isPresent() ? Decision.allow() : Decision.refuse("feedback.policy.notYourMentee");
    }

    /** The inbox is for the Council (the leadership's contacts) and the contacts of an area. */
    static Decision mayReadInbox(Actor actor, Set<String> contactAreas) {
        return actor.has(Role.COUNCIL) || !contactAreas.isEmpty() ? Decision.allow() : Decision.refuse("feedback.policy.inbox");
    }

    static Decision mayManageContacts(Actor actor) {
        return actor.has(Role.ADMIN) ? Decision.allow() : Decision.refuse("feedback.policy.adminsOnly");
    }
}
