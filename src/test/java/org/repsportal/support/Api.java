package org.repsportal.support;

import org.repsportal.people.Person;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests to the JSON API as a person, with their API token: {@code mvc.perform(Api.post(admin, "/api/v1/…", id).content("{}"))}. */
public final class Api {

    private Api() {
    }

    /** A JSON body posted with the person's token; the caller adds the body. */
    public static MockHttpServletRequestBuilder post(Person as, String path, Object... variables) {
        return MockMvcRequestBuilders.post(path, variables).header("Authorization", Program.bearer(as))
                .contentType(MediaType.APPLICATION_JSON);
    }

    public static MockHttpServletRequestBuilder get(Person as, String path, Object... variables) {
        return MockMvcRequestBuilders.get(path, variables).header("Authorization", Program.bearer(as));
    }
}
