package org.repsportal.platform;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute links to the portal's pages, for mail and calendar entries: the portal's address
 * ({@code portal.mail.portal-url}, {@code PORTAL_URL}) joined to a path with exactly one slash between them,
 * whether the address ends with a slash or not and whether the path starts with one or not.
 */
@Component
public class PortalLinks {

    private final String base;

    PortalLinks(@Value("${portal.mail.portal-url:http://localhost:8080}") String portalUrl) {
        String url = portalUrl.strip();
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        this.base = URI.create(url.substring(0, end)).toString();
    }

    /** The absolute link to a path of the portal, {@code /checkins/7} or {@code checkins/new?mentee=7}. */
    public String to(String path) {
        return path.startsWith("/") ? base + path : base + "/" + path;
    }
}
