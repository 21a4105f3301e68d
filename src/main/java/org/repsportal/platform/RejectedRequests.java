package org.repsportal.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * An address the security firewall refuses (an encoded NUL, {@code %25}, {@code %2F} or an empty segment in the
 * path) is answered like any other bad request: 400, as a problem for API clients and a page for browsers.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    RequestRejectedHandler requestRejectedHandler(tools.jackson.databind.json.JsonMapper json) {
        var answers = new ErrorAnswers(json);
        return (request, response, rejected) -> answers.write(request, response, HttpStatus.BAD_REQUEST,
                "The address of this request is not accepted.");
    }
}
