package org.repsportal.identity;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every query of {@link AccessTokenRepository}, on the embedded PostgreSQL. */
@PortalTest
class AccessTokenRepositoryTests {

    private static final Instant T1 = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-02-01T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-01T10:00:00Z");

    @Autowired
    AccessTokenRepository tokens;

    @Autowired
    Program program;

    private AccessToken stored(Person person, String name, String secret, Instant createdAt, Instant revokedAt) {
        var token = new AccessToken(person.getId(), name, TokenHashing.hash(secret), TokenHashing.visiblePrefix(secret), createdAt);
        if (revokedAt != null) {
            token.revoke(revokedAt);
        }
        return tokens.save(token);
    }

    @Test
    void findsALiveTokenByTheHashOfItsSecret() {
        Person person = program.rep("Tia");
        AccessToken token = stored(person, "live", "secret-live-" + person.getId(), T1, null);

        assertThat(tokens.findActiveByHash(TokenHashing.hash("secret-live-" + person.getId())))
                .map(AccessToken::getId).contains(token.getId());
        assertThat(tokens.findActiveByHash("secret-live-" + person.getId())).isEmpty();
    }

    @Test
    void aRevokedTokenIsNotFoundByItsHash() {
        Person person = program.rep("Tom");
        stored(person, "dead", "secret-dead-" + person.getId(), T1, T2);

        assertThat(tokens.findActiveByHash(TokenHashing.hash("secret-dead-" + person.getId()))).isEmpty();
    }

    @Test
    void listsAPersonsTokensLiveOnesFirstThenNewestFirst() {
        Person person = program.rep("Tess");
        Person other = program.rep("Theo");
        stored(person, "old-live", "s1-" + person.getId(), T1, null);
        stored(person, "revoked", "s2-" + person.getId(), T3, T3);
        stored(person, "new-live", "s3-" + person.getId(), T2, null);
        stored(other, "not-mine", "s4-" + person.getId(), T3, null);
        // the fixture gave the person a live "test" token made now, so it comes first

        assertThat(tokens.findByPerson(person.getId())).extracting(AccessToken::getName)
                .containsExactly("test", "new-live", "old-live", "revoked");
    }

    @Test
    void twoTokensCannotShareASecret() {
        Person person = program.rep("Tina");
        stored(person, "one", "same-" + person.getId(), T1, null);

        assertThatThrownBy(() -> {
            stored(person, "two", "same-" + person.getId(), T1, null);
            tokens.findByPerson(person.getId());
        }).isInstanceOf(DataIntegrityViolationException.class);
    }
}
