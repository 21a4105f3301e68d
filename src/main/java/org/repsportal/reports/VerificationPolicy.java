package org.repsportal.reports;

import org.repsportal.people.Actor;
import org.repsportal.platform.Decision;

/** Only a verifiable activity is verified, by the Rep's current mentor, or by the Council or an Admin. */
final class VerificationPolicy {

    private VerificationPolicy() {
    }

    static Decision mayVerify(Actor actor, long reportOwnerId, Long ownersMentorId, boolean verifiableActivity) {
        if (!verifiableActivity) {
            return Decision.refuse("report.verify.not-needed");
        }
        if (actor.is(reportOwnerId)) {
            return Decision.refuse("policy.reports.verify-own");
        }
        if ((ownersMentorId != null && actor.is(ownersMentorId)) || actor.isCouncilOrAdmin()) {
            return Decision.allow();
        }
        return Decision.refuse("policy.reports.verify-mentor");
    }
}
