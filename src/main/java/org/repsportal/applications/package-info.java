/**
 * Applications to join the program: the public form, references, screening, the interview, the Council's
 * decision, and the onboarding of a new Rep with their Welcome Pack.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applications")
package org.repsportal.applications;
