package org.repsportal.concerns;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers and links of concerns.
 *
 * @param responseTimeWindow    the period over which the Council's queue shows the time to acknowledge concerns
 *                              (average and median of the concerns raised in it)
 * @param guidelinesUrl         the Community Participation Guidelines, linked from every concern form
 * @param guidelinesReportingUrl how to report under the guidelines (the reporting route for abusive behaviour)
 */
@ConfigurationProperties("portal.concerns")
public record ConcernsProperties(
        @DefaultValue("365d") Duration responseTimeWindow,
        @DefaultValue("https://www.mozilla.org/about/governance/policies/participation/") URI guidelinesUrl,
        @DefaultValue("https://www.mozilla.org/about/governance/policies/participation/reporting/") URI guidelinesReportingUrl) {
}
