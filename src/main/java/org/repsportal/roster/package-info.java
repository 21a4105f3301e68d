/**
 * The roster import: Admins upload a CSV of people with their mentors, check it line by line without writing,
 * then run it as a background job that creates or updates people and assigns mentors through their modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roster")
package org.repsportal.roster;
