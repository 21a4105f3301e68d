package org.repsportal.notifications;

/** How a person wants the mail of one category: each mail at once, bundled into one mail a day, or not at all. */
enum Delivery {
    IMMEDIATELY, DAILY_DIGEST, OFF
}
