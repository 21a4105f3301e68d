package org.repsportal.concerns;

import org.repsportal.people.Actor;
import org.repsportal.people.Role;
import org.repsportal.platform.Decision;

/**
 * Concerns are confidential. In this order:
 * <ol>
 *     <li>the person concerned never sees it — a Council member who is the person concerned is recused;</li>
 *     <li>the reporter sees their own concern;</li>
 *     <li>the Council sees every concern it is not recused from;</li>
 *     <li>for a CONFLICT, the reporter's mentor sees it when the reporter chose to involve them when raising it
 *     (stored on the concern as {@code involvedMentorId});</li>
 *     <li>nobody else: not Admins (unless also on the Council), not the mentor of the person concerned, not the
 *     reporter's mentor unless involved. Callers answer a refusal with "not found", so that the concern's
 *     existence is not revealed.</li>
 * </ol>
 * Handling a concern (acknowledging, working on and resolving it) and reading its audit trail are for the
 * Council only; the reporter does not handle their own concern even when they are on the Council.
 */
final class ConcernVisibilityPolicy {

    private ConcernVisibilityPolicy() {
    }

    public static Decision mayView(Actor actor, Concern concern) {
        if (concern.isAbout(actor.personId())) {
            return Decision.refuse("policy.council.concern.recused");
        }
        if (actor.is(concern.getReporterId()) || actor.has(Role.COUNCIL)) {
            return Decision.allow();
        }
        if (concern.getCategory() == ConcernCategory.CONFLICT && concern.getInvolvedMentorId() != null
                && actor.is(concern.getInvolvedMentorId())) {
            return Decision.allow();
        }
        return Decision.refuse("policy.council.concern.confidential");
    }

    /** The audit trail is the Council's record of who saw and did what. */
    public static Decision maySeeAuditTrail(Actor actor, Concern concern) {
        if (concern.isAbout(actor.personId())) {
            return Decision.refuse("policy.council.concern.recused");
        }
        return actor.has(Role.COUNCIL) ? Decision.allow() : Decision.refuse("policy.council.concern.council-only");
    }

    public static Decision mayHandle(Actor actor, Concern concern) {
        Decision council = maySeeAuditTrail(actor, concern);
        if (council.refused()) {
            return council;
        }
        return actor.is(concern.getReporterId()) ? Decision.refuse("policy.council.concern.not-own") : Decision.allow();
    }
}
