package org.repsportal.identity;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How a person signs in with a password, and how many times in a row they got it wrong. */
@Entity
@Table(name = "accounts")
class Account {

    @Id
    private Long personId;

    private String username;
    private String passwordHash;
    private boolean enabled = true;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant lastSignInAt;

    protected Account() {
    }

    Account(long personId, String username, String passwordHash) {
        this.personId = personId;
        this.username = username;
        this.passwordHash = passwordHash;
    }

    void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    /** No more sign-ins; a guarded transition, so an account is disabled once. */
    void disable() {
        if (!enabled) {
            throw new org.repsportal.platform.IllegalTransitionException("identity.disable.already");
        }
        enabled = false;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    Long getPersonId() {
        return personId;
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    int getFailedAttempts() {
        return failedAttempts;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
