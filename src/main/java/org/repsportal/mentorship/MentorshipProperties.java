package org.repsportal.mentorship;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param defaultCapacity how many mentees a mentor guides at most, unless the Council says otherwise */
@ConfigurationProperties("portal.mentorship")
public record MentorshipProperties(@DefaultValue("8") int defaultCapacity) {
}
