package org.repsportal.identity;

/** A token just made: the secret is shown this once and never again. */
record CreatedToken(AccessToken token, String secret) {
}
