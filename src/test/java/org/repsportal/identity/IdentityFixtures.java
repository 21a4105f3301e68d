package org.repsportal.identity;

import java.time.Instant;

import org.springframework.test.util.ReflectionTestUtils;

/** Tokens as the identity module stores them, for tests that show them without a database. */
public final class IdentityFixtures {

    private IdentityFixtures() {
    }

    public static AccessToken accessToken(long id, long personId, String name, String secret, Instant createdAt,
                                          Instant revokedAt) {
        var token = new AccessToken(personId, name, TokenHashing.hash(secret), TokenHashing.visiblePrefix(secret), createdAt);
        ReflectionTestUtils.setField(token, "id", id);
        if (revokedAt != null) {
            token.revoke(revokedAt);
        }
        return token;
    }

    public static CreatedToken createdToken(long id, long personId, String name, String secret, Instant createdAt) {
        return new CreatedToken(accessToken(id, personId, name, secret, createdAt, null), secret);
    }
}
