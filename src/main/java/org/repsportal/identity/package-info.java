/**
 * Who is signing in: local accounts with hashed passwords, throttled sign-in, sign-in through OpenID Connect
 * providers keyed on issuer and subject, personal access tokens for the API, and the rules that deny every page and
 * endpoint unless one allows it; "download my data", the archive of every module's share of a person's data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.repsportal.identity;
