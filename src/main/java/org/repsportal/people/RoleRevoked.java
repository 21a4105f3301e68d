package org.repsportal.people;

public record RoleRevoked(long personId, Role role) {
}
