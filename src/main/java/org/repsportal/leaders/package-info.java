/**
 * Emerging leaders: mentors nominate their mentees, the Council follows each nomination up and decides when
 * to tell the nominee.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "mentorship", "notifications", "platform"},
        displayName = "Emerging leaders")
package org.repsportal.leaders;
