package org.repsportal.budgets;

import org.repsportal.platform.Decision;

/** A Rep whose receipts are overdue files no new request, unless the Council granted a waiver that still runs. */
final class OverdueReceiptsPolicy {

    private OverdueReceiptsPolicy() {
    }

    static Decision check(int overdueRequests, boolean waiverRunning) {
        return overdueRequests == 0 || waiverRunning ? Decision.allow() : Decision.refuse("policy.budgets.receipts-overdue");
    }
}
