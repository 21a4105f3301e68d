/**
 * Read models that compose the other modules into one page: the mentor's dashboard (my mentees, the
 * mentorship queue, emailing mentees) and the Council's view of the program.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.repsportal.dashboard;
