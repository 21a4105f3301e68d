package org.repsportal.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.people.Actor;
import org.repsportal.platform.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calendar", description = "Private iCalendar feeds")
class CalendarApiController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    record FeedAddress(String feedUrl) {
    }

    private final CalendarFeeds feeds;

    CalendarApiController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/api/v1/me/calendar")
    @Operation(summary = "The caller's private feed address")
    FeedAddress address(Actor actor) {
        return new FeedAddress(feeds.feedUrlOf(actor.personId()));
    }

    @PostMapping("/api/v1/me/calendar")
    @Operation(summary = "A new private feed address; the old one stops working")
    FeedAddress renew(Actor actor) {
        return new FeedAddress(feeds.renew(actor.personId()));
    }

    @GetMapping("/api/v1/calendar/{token}.ics")
    @Operation(summary = "A person's private iCalendar feed; the token is the only credential")
    @io.swagger.v3.oas.annotations.security.SecurityRequirements
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The feed",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/calendar",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")))
    ResponseEntity<String> feed(@PathVariable String token) {
        String calendar = feeds.feed(token).orElseThrow(() -> new NotFoundException("Calendar feed", "with this address"));
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(calendar);
    }
}
