package org.repsportal.tasks;

import java.time.LocalDate;

/**
 * What a task is about, as its page shows it: a link to the subject ({@code linkKey} is its message key), what the
 * subject says (title, date, description, an outside link; each may be null), and the action that does the work.
 * An action either posts to the task ({@code actionHref} null: the owning module's {@link TaskSubjects#act} does it)
 * or leads to the form where it is done ({@code actionHref}, e.g. the check-in form with the mentee chosen).
 */
public record TaskSubject(String href, String linkKey, String title, LocalDate date, String description, String link,
                          String actionKey, String actionHref) {

    /** A subject the page only links to. */
    public static TaskSubject linkTo(String href, String linkKey) {
        return new TaskSubject(href, linkKey, null, null, null, null, null, null);
    }

    /** The same subject with an action that leads to the form where the work is done. */
    public TaskSubject leadingTo(String actionKey, String actionHref) {
        return new TaskSubject(href, linkKey, title, date, description, link, actionKey, actionHref);
    }

    /** Whether the action is done here, by posting to the task. */
    public boolean actsInPlace() {
        return actionKey != null && actionHref == null;
    }
}
