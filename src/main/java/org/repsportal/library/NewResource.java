package org.repsportal.library;

/** A link a member adds: title, web address, topic and an optional note on why it helps. */
public record NewResource(String title, String url, ResourceTopic topic, String note) {
}
