package org.repsportal.tasks;

/**
 * The task list's filters, read once for the page, its CSV and the API: {@code state} is open (also when missing
 * or unknown), closed or all; {@code type} one task type (a value that is none is a field error).
 */
record TaskListParams(String state, TaskType type) {

    /** true for the open tasks, false for the closed ones, null for both. */
    Boolean open() {
        if ("closed".equals(state)) {
            return false;
        }
        return "all".equals(state) ? null : true;
    }

    /** The state as the page's filter shows it. */
    String stateName() {
        Boolean open = open();
        return open == null ? "all" : open ? "open" : "closed";
    }
}
