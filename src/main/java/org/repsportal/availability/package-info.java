/**
 * Absences: when people are away, who stands in for them (their delegate, who also covers their tasks), the
 * auto-reply their correspondents get, and the reminder before they come back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Availability")
package org.repsportal.availability;
