/**
 * People of the program: profiles, roles, regions, countries, languages and functional areas
 * (the catalog), and the directory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.repsportal.people;
