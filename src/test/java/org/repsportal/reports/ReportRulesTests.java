package org.repsportal.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.repsportal.people.Catalog;
import org.repsportal.platform.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ReportRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final Catalog catalog = catalogKnowing("ORGANIZED_EVENT", "EVENTS");

    @Test
    void aReportDatedTodayWithKnownCodesAndADescriptionIsValid() {
        assertThat(ReportRules.check(report(TODAY, "ORGANIZED_EVENT", "EVENTS", "Ran a meetup", null), catalog, TODAY)).isEmpty();
    }

    @Test
    void aReportDatedTomorrowIsRefusedOnItsDate() {
        assertThat(ReportRules.check(report(TODAY.plusDays(1), "ORGANIZED_EVENT", "EVENTS", "Ran a meetup", null), catalog, TODAY))
                .containsExactly(new FieldProblem("date", "report.date.future"));
    }

    @Test
    void activityAndAreaMustComeFromTheCatalog() {
        assertThat(ReportRules.check(report(TODAY, "JUGGLING", "CIRCUS", "Juggled", null), catalog, TODAY))
                .extracting(FieldProblem::field).containsExactly("activity", "functionalArea");
    }

    @Test
    void aBlankDescriptionIsMissing() {
        assertThat(ReportRules.check(report(TODAY, "ORGANIZED_EVENT", "EVENTS", "   ", null), catalog, TODAY))
                .containsExactly(new FieldProblem("description", "report.description.required"));
    }

    @Test
    void theLinkMustBeAWebAddress() {
        for (String bad : List.of("not a url", "javascript:alert(1)", "ftp://example.org/file", "https://")) {
            assertThat(ReportRules.check(report(TODAY, "ORGANIZED_EVENT", "EVENTS", "x", bad), catalog, TODAY))
                    .as(bad).containsExactly(new FieldProblem("link", "report.link.invalid"));
        }
        assertThat(ReportRules.check(report(TODAY, "ORGANIZED_EVENT", "EVENTS", "x", "https://example.org/post?id=1"), catalog, TODAY))
                .isEmpty();
    }

    private static NewReport report(LocalDate date, String activity, String area, String description, String link) {
        return new NewReport(date, activity, area, description, link, null, null);
    }

    private static Catalog catalogKnowing(String activity, String area) {
        Catalog catalog = mock(Catalog.class);
        when(catalog.activityType(anyString())).thenReturn(Optional.empty());
        when(catalog.activityType(activity)).thenReturn(Optional.of(new Catalog.ActivityType(activity, "Organized an event", true)));
        when(catalog.isFunctionalArea(anyString())).thenReturn(false);
        when(catalog.isFunctionalArea(area)).thenReturn(true);
        return catalog;
    }
}
