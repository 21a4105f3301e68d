package org.repsportal.council;

/** A new thread on the mentors' board. */
public record NewPost(String title, String body) {
}
