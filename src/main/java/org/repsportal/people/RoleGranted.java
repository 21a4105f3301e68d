package org.repsportal.people;

public record RoleGranted(long personId, Role role) {
}
