/**
 * Private iCalendar feeds: each person has a secret, renewable feed address that calendar applications
 * subscribe to, assembled from the dated items other modules contribute as {@link org.repsportal.calendar.CalendarSource}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.repsportal.calendar;
