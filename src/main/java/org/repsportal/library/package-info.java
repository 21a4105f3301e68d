/**
 * The SOP library: the program's procedures as versioned Markdown pages that any member may suggest
 * edits to and the Council accepts or rejects, with a "may be outdated" flag and a review-by date; and
 * the community resources, useful links grouped by topic, flagged by members and moderated by the Council.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Library")
package org.repsportal.library;
