package org.repsportal.roster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The roster import's limits.
 *
 * @param maxFileSize the largest CSV an Admin may upload
 * @param maxRows     the most people one file may hold
 */
@ConfigurationProperties("portal.roster")
public record RosterProperties(@DefaultValue("2MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows) {
}
