package org.repsportal.people;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Erasing a person over the API (Admins), with the person's email typed again as on the page. */
@RestController
@Tag(name = "People")
class ErasureApiController {

    private final Erasure erasure;

    ErasureApiController(Erasure erasure) {
        this.erasure = erasure;
    }

    /** Why, and the person's email address as it is now, to be sure it is the right person. */
    record EraseRequest(String reason, String confirmation) {
    }

    record ErasedResponse(long personId, String displayName, Instant erasedAt) {
    }

    @PostMapping("/api/v1/people/{id}/erase")
    @Operation(summary = "Erase a person for good: pseudonymised, their way in removed; the act is audit-logged")
    ErasedResponse erase(@PathVariable long id, @RequestBody EraseRequest request, Actor actor) {
        PersonErased erased = erasure.erase(actor, id, request.reason(), request.confirmation());
        return new ErasedResponse(erased.personId(), Erasure.formerMemberName(id), erased.erasedAt());
    }
}
