package org.repsportal.concerns;

/** What the audit trail of a concern records. */
enum AuditAction {
    RAISED, VIEWED, ACKNOWLEDGED, WORK_STARTED, RESOLVED,
    /** Someone who may not see the concern asked for it (and was told it does not exist). */
    ACCESS_REFUSED
}
