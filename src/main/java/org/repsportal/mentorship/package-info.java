/**
 * Who mentors whom: the current mentor of each Rep, every assignment kept as history (permanent or
 * interim, with its reason), and the rules for assigning a mentor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mentorship")
package org.repsportal.mentorship;
