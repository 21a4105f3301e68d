package org.repsportal.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal keeps its files and how its embedded database behaves.
 *
 * @param dataDir   directory for the embedded PostgreSQL data and other files; survives restarts
 * @param ephemeral when true the embedded database starts empty and is thrown away (tests)
 */
@ConfigurationProperties("portal")
public record PortalProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("false") boolean ephemeral) {
}
