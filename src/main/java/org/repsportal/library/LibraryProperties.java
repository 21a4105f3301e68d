package org.repsportal.library;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reviewInterval how long after a new version or a review a page is due for its next review
 * @param maxPageLength  the longest page text (in characters) a suggestion may propose
 */
@ConfigurationProperties("portal.library")
public record LibraryProperties(@DefaultValue("P12M") Period reviewInterval, @DefaultValue("100000") int maxPageLength) {
}
