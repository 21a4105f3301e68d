/**
 * What every feature module stands on: the database (embedded PostgreSQL by default), the clock,
 * the page layout, error pages and RFC 9457 problems, not-found handling, times in the viewer's zone and language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.repsportal.platform;
