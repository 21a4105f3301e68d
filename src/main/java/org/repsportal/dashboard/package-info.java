/**
 * Read models that compose the other modules into one page: the mentor's dashboard (who needs them first, my
 * mentees, the mentorship queue, emailing mentees), a Rep's home (next check-in, mentor, open tasks, streak, what to
 * do first while new) and the Council's view of the program.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package org.repsportal.dashboard;
