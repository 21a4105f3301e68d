package org.repsportal.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What operators read at {@code /actuator/prometheus}, and who may.
 *
 * @param token    a secret a metrics scraper sends as {@code Authorization: Bearer <token>}; empty (the default): only
 *                 Admins read the metrics, signed in or with their personal access token
 * @param cacheFor how long a gauge of the portal's own (one query each) keeps its value, so that a scrape costs little
 */
@ConfigurationProperties("portal.metrics")
public record MetricsProperties(@DefaultValue("") String token, @DefaultValue("60s") Duration cacheFor) {
}
