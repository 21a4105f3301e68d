package org.repsportal.platform;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The program's own time zone: times are shown in it to visitors who are not signed in, and to people whose
 * zone is unknown.
 *
 * @param zone the program's zone ({@code portal.time.zone}, default UTC)
 */
@ConfigurationProperties("portal.time")
public record TimeProperties(@DefaultValue("UTC") ZoneId zone) {
}
