package org.repsportal.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Shapes of input that several modules accept: a web address, a time zone. */
public final class InputChecks {

    public static final int MAX_LINK = 500;

    private InputChecks() {
    }

    /** An http or https address with a host, at most {@value #MAX_LINK} characters. */
    public static boolean isWebAddress(String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LINK) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The time zone a text names, if it names one. */
    public static Optional<ZoneId> timeZone(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
