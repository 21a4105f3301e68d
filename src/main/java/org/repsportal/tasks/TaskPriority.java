package org.repsportal.tasks;

public enum TaskPriority {
    MINOR, NORMAL, MAJOR, CRITICAL, BLOCKER
}
