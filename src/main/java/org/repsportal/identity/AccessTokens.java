package org.repsportal.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.repsportal.people.Actor;
import org.repsportal.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens: made on the settings page, shown once, kept hashed, revoked at will. */
@Service
@Transactional
public class AccessTokens {

    private final AccessTokenRepository tokens;
    private final Clock clock;

    AccessTokens(AccessTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public CreatedToken create(Actor actor, String name) {
        return issue(actor.personId(), name, TokenHashing.newToken());
    }

    /** Issues a token with a chosen secret (the demo program's well-known tokens). */
    public CreatedToken issue(long personId, String name, String secret) {
        var token = tokens.save(new AccessToken(personId, name.strip(), TokenHashing.hash(secret),
                TokenHashing.visiblePrefix(secret), clock.instant()));
        return new CreatedToken(token, secret);
    }

    public void revoke(Actor actor, long tokenId) {
        AccessToken token = tokens.findById(tokenId)
                .filter(t -> t.getPersonId() == actor.personId())
                .orElseThrow(() -> new NotFoundException("Token", tokenId));
        token.revoke(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<AccessToken> of(Actor actor) {
        return tokens.findByPerson(actor.personId());
    }

    /** The person a presented secret belongs to, if it is a live token. */
    Optional<Long> authenticate(String secret) {
        return tokens.findActiveByHash(TokenHashing.hash(secret)).map(token -> {
            token.markUsed(clock.instant());
            return token.getPersonId();
        });
    }
}
