package org.repsportal.applications;

/** The answers to the selection criteria, in the order the form asks them. */
record Answers(String motivation, String contributions, String otherProjects, String goals, String mobilising) {

    /** The criteria's keys, also the keys of the interview's scores. */
    static final java.util.List<String> CRITERIA = java.util.List.of("motivation", "contributions", "otherProjects", "goals", "mobilising");
}
