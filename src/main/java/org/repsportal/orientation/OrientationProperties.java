package org.repsportal.orientation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param calendarDomain     the domain in the UIDs of calendar invitations, so that they stay unique and stable
 * @param callMinutes        how long an orientation call lasts unless the Council says otherwise
 * @param organizerEmail     the address calendar invitations name as organizer when the Council member has none
 */
@ConfigurationProperties("portal.orientation")
public record OrientationProperties(@DefaultValue("reps-portal.example.org") String calendarDomain,
                                    @DefaultValue("60") int callMinutes,
                                    @DefaultValue("council@reps-portal.example.org") String organizerEmail) {
}
