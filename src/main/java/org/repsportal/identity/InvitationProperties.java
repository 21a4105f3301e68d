package org.repsportal.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param valid how long the link of an account invitation may be used to set a password */
@ConfigurationProperties("portal.identity.invitation")
record InvitationProperties(@DefaultValue("7d") Duration valid) {
}
