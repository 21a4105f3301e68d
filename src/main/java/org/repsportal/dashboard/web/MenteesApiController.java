package org.repsportal.dashboard.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.repsportal.dashboard.MenteeOverview;
import org.repsportal.dashboard.MentorDashboard;
import org.repsportal.people.Actor;
import org.repsportal.platform.PageResult;
import org.repsportal.reports.ActivityClass;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mentees")
@Tag(name = "Mentees", description = "The mentor's dashboard data")
class MenteesApiController {

    record MenteeItem(long id, String displayName, LocalDate lastReportOn, int reportsLast4Weeks, int reportsLast8Weeks,
                      int currentStreakWeeks, ActivityClass activity, int openTasks, LocalDate lastCheckInOn,
                      LocalDate nextCheckInOn) {

        static MenteeItem of(MenteeOverview m) {
            return new MenteeItem(m.id(), m.displayName(), m.lastReportOn(), m.reportsLast4Weeks(), m.reportsLast8Weeks(),
                    m.currentStreakWeeks(), m.activity(), m.openTasks(), m.lastCheckInOn(), m.nextCheckInOn());
        }
    }

    private final MentorDashboard dashboard;

    MenteesApiController(MentorDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping
    @Operation(summary = "The caller's current mentees (or, for the Council and Admins, those of ?mentor=)")
    PageResult<MenteeItem> mentees(Actor actor, @RequestParam(required = false) Long mentor) {
        List<MenteeItem> items = dashboard.mentees(actor, mentor == null ? actor.personId() : mentor).stream()
                .map(MenteeItem::of).toList();
        return new PageResult<>(items, 0, Math.max(items.size(), 1), items.size());
    }
}
