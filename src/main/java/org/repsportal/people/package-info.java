/**
 * People of the program: profiles, roles, regions, countries, languages and functional areas
 * (the catalog), the directory and the person picker every form uses; an Admin erases a person, pseudonymised
 * ({@code PersonErased}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.repsportal.people;
