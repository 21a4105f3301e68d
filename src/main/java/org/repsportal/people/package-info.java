/**
 * People of the program: profiles, roles, regions, countries, languages and functional areas
 * (the catalog), and the directory; an Admin erases a person, pseudonymised ({@code PersonErased}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.repsportal.people;
