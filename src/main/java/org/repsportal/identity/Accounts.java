package org.repsportal.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: a person signs in with their email and a password kept only as a strong hash. */
@Service
@Transactional
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    public void open(long personId, String email, String rawPassword) {
        accounts.save(new Account(personId, email, passwordEncoder.encode(rawPassword)));
    }

    /** A hash to reuse for many accounts with the same password (large demo programs). */
    public String hashOf(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    public void openWithHash(long personId, String email, String passwordHash) {
        accounts.save(new Account(personId, email, passwordHash));
    }

    /** Opens many accounts that share one password hash, in batches. */
    public void openAllWithHash(java.util.Map<Long, String> emailsByPersonId, String passwordHash) {
        var rows = emailsByPersonId.entrySet().stream()
                .map(e -> new Object[] {e.getKey(), e.getValue(), passwordHash})
                .toList();
        jdbc.batchUpdate("insert into accounts (person_id, username, password_hash) values (?, ?, ?)", rows);
    }

    /** An account whose person signs in only through an OpenID Connect provider. */
    void openWithoutPassword(long personId, String email) {
        // written at once: the identity bound to it in the same transaction refers to the row
        jdbc.update("insert into accounts (person_id, username, password_hash) values (?, ?, null)", personId, email);
    }

    /** A new password for an existing account (an invitation used after an account was opened). */
    void changePassword(long personId, String rawPassword) {
        accounts.findById(personId).ifPresent(account -> account.changePassword(passwordEncoder.encode(rawPassword)));
    }

    @Transactional(readOnly = true)
    public boolean exists(long personId) {
        return accounts.findById(personId).isPresent();
    }
}
