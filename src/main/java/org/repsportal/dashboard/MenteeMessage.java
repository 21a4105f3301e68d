package org.repsportal.dashboard;

import java.util.List;

/** A mentor's message to some or all of their current mentees. */
record MenteeMessage(List<Long> to, boolean allMentees, String subject, String body) {
}
