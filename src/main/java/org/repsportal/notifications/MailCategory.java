package org.repsportal.notifications;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a mail is about. Each category has a stable {@code List-Id} and subject prefix that people build mail
 * filters on, so the identifiers and labels here never change with the language of the portal.
 * Account mail (invitations, sign-in matters) cannot be turned off; the digest is the vehicle of the daily
 * digest itself, so it is sent at once or not at all.
 */
public enum MailCategory {

    MENTEE_ACTIVITY("mentee-activity", "Mentee activity"),
    MENTEE_MESSAGES("mentee-messages", "Mentee messages"),
    REMINDERS("reminders", "Reminders"),
    TASKS("tasks", "Tasks"),
    MENTORSHIP("mentorship", "Mentorship"),
    APPLICATIONS("applications", "Applications"),
    BUDGET_REVIEW("budget-review", "Budget review"),
    COUNCIL("council", "Council"),
    MENTORS_BOARD("mentors-board", "Mentors board"),
    ORIENTATION("orientation", "Orientation"),
    FEEDBACK("feedback", "Feedback"),
    DIGEST("digest", "Digest"),
    ACCOUNT("account", "Account");

    /** The header that names the category of every mail, e.g. {@code X-Reps-Portal-Category: budget-review}. */
    public static final String HEADER = "X-Reps-Portal-Category";

    private final String id;
    private final String label;

    MailCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable, lower-case identifier, e.g. {@code mentee-activity}; also the value of {@link #HEADER}. */
    public String id() {
        return id;
    }

    /** The stable English name used in the subject prefix. */
    public String label() {
        return label;
    }

    /** The list identifier of RFC 2919 for this category, e.g. {@code mentee-activity.reps-portal.example.org}. */
    public String listId(String domain) {
        return id + "." + domain;
    }

    /** The prefix of every subject in this category, e.g. {@code [Reps Portal · Mentee activity]}. */
    public String subjectPrefix(String portalName) {
        return "[" + portalName + " · " + label + "]";
    }

    public boolean mayBeTurnedOff() {
        return this != ACCOUNT;
    }

    public boolean mayBeDigested() {
        return this != ACCOUNT && this != DIGEST;
    }

    /** The deliveries a person may choose for this category. */
    public Set<Delivery> choices() {
        Set<Delivery> choices = EnumSet.of(Delivery.IMMEDIATELY);
        if (mayBeDigested()) {
            choices.add(Delivery.DAILY_DIGEST);
        }
        if (mayBeTurnedOff()) {
            choices.add(Delivery.OFF);
        }
        return choices;
    }

    public boolean allows(Delivery delivery) {
        return choices().contains(delivery);
    }
}
