/**
 * Becoming a mentor: nomination (by the Rep's mentor, a Council member, or the Rep with their mentor's
 * endorsement), the Council's appointment, the orientation checklist, the onboarding and training calls
 * with their calendar invitations, and the readiness rule that keeps mentors in orientation from new mentees.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orientation")
package org.repsportal.orientation;
