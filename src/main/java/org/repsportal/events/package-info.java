/**
 * Events Reps plan: type, dates in the event's time zone, venue or online, expected attendance, goals, a timed
 * agenda, success metrics and co-organisers; after the event its actual attendance and metric outcomes, which
 * file the organisers' activity reports and feed later budget reviews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
package org.repsportal.events;
