package org.repsportal.library;

/** What a community resource helps with; the library lists resources by topic in this (alphabetical) order. */
public enum ResourceTopic {
    COMMUNICATION, CONFLICT, EVENTS_AND_BUDGETS, GENERAL, LEADERSHIP, MENTORING, TOOLS
}
