package org.repsportal.notifications;

/** What one run of the sender did. */
record SendRun(int sent, int logged, int retrying, int failed) {

    static final SendRun NOTHING = new SendRun(0, 0, 0, 0);

    SendRun plus(SendRun other) {
        return new SendRun(sent + other.sent, logged + other.logged, retrying + other.retrying, failed + other.failed);
    }

    int handled() {
        return sent + logged + retrying + failed;
    }
}
