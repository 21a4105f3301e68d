package org.repsportal.platform;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** Links to other pages of the current list, keeping its filters (each name and value encoded), and to this page in another language. */
record PageLinks(HttpServletRequest request) {

    public String to(int page) {
        var link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!"page".equals(name)) {
                for (String value : values) {
                    link.queryParam(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8),
                            UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
                }
            }
        });
        return link.queryParam("page", page).build(true).toUriString();
    }

    /** This page in the given language (the switcher's link), keeping its filters when it was asked for with GET. */
    public String inLanguage(String language) {
        var link = UriComponentsBuilder.fromPath(request.getRequestURI());
        if ("GET".equals(request.getMethod())) {
            request.getParameterMap().forEach((name, values) -> {
                if (!"lang".equals(name)) {
                    for (String value : values) {
                        link.queryParam(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8),
                                UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
                    }
                }
            });
        }
        return link.queryParam("lang", language).build(true).toUriString();
    }
}
