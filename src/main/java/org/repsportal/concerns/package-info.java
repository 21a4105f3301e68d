/**
 * Confidential concerns raised to the Council, with their append-only audit trail and measured response
 * time, and the Council's queue of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "mentorship", "notifications", "platform"},
        displayName = "Concerns")
package org.repsportal.concerns;
