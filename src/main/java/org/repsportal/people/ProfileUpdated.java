package org.repsportal.people;

public record ProfileUpdated(long personId) {
}
