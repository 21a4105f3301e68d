package org.repsportal.board;

/** A new thread on the mentors' board. */
record NewPost(String title, String body) {
}
