package org.repsportal.council;

/** A new thread on the mentors' board. */
record NewPost(String title, String body) {
}
