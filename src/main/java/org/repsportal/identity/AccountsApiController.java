package org.repsportal.identity;

import org.repsportal.people.Actor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Disabling an account over the API (Admins). */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountsApiController {

    private final AccountDisabling disabling;

    AccountsApiController(AccountDisabling disabling) {
        this.disabling = disabling;
    }

    record DisableRequest(String reason) {
    }

    record DisabledResponse(long personId, boolean enabled, int sessionsEnded, int tokensRevoked) {
    }

    @PostMapping("/{personId}/disable")
    DisabledResponse disable(@PathVariable long personId, @RequestBody DisableRequest request, Actor actor) {
        AccountDisabling.Disabled done = disabling.disable(actor, personId, request.reason());
        return new DisabledResponse(done.personId(), false, done.sessionsEnded(), done.tokensRevoked());
    }
}
