/**
 * The Council's side of the program's feedback loops: confidential concerns raised to the Council (with
 * their audit trail and measured response time), emerging-leader nominations and their follow-up, and the
 * mentors' board where mentors ask for advice and share what worked.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Council")
package org.repsportal.council;
