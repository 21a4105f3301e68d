package org.repsportal.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to other pages of the current list, keeping its filters. */
record PageLinks(HttpServletRequest request) {

    public String to(int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("page", page)
                .build(true)
                .toUriString();
    }
}
