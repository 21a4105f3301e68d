package org.repsportal.checkins;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.repsportal.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A check-in planned in the mentor's zone reads, for a mentee elsewhere, in the mentee's own time first. */
@PortalTest
class CheckInTimesPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    CheckIns checkIns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aMenteeInLimaSeesTheCheckInAtTheirLocalTimeAndTheMentorsZoneBeside() throws Exception {
        Person mentor = program.mentor("Berta");
        Person mentee = program.rep("Lucho");
        program.assign(mentee, mentor);
        jdbc.sql("update people set time_zone = 'America/Lima' where id = ?").param(mentee.getId()).update();
        // a January evening in Berlin (UTC+1) is midday in Lima (UTC-5, no summer time)
        LocalDate day = LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 15);
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(), day.atTime(18, 0),
                "Europe/Berlin", List.of("Plan the meetup")));
        Cookie menteeSession = SignIn.as(mvc, mentee);

        Document page = page("/checkins/" + checkIn.getId(), menteeSession);
        assertThat(page.select("#when time").attr("datetime")).isEqualTo(day + "T12:00:00-05:00");
        assertThat(page.select("#when time").text()).isEqualTo("15 Jan " + day.getYear() + ", 12:00");
        assertThat(page.select("#when small").text()).isEqualTo("(18:00 in Europe/Berlin)");
        assertThat(page.select("#time-zone").text()).isEqualTo("Times are shown in America/Lima.");

        Document list = page("/checkins", menteeSession);
        assertThat(list.select("a[href=/checkins/" + checkIn.getId() + "]").text())
                .isEqualTo("15 Jan " + day.getYear() + ", 12:00 (18:00 in Europe/Berlin)");

        jdbc.sql("update people set portal_language = 'es' where id = ?").param(mentee.getId()).update();
        Document spanish = page("/checkins/" + checkIn.getId(), menteeSession);
        assertThat(spanish.select("#when").text()).isEqualTo("15 ene " + day.getYear() + ", 12:00 (18:00 en Europe/Berlin)");
        assertThat(spanish.select("#time-zone").text()).isEqualTo("Las horas se muestran en America/Lima.");
    }

    @Test
    void theMentorWhoPlannedItInTheirOwnZoneSeesItOnce() throws Exception {
        Person mentor = program.mentor("Bodo");
        Person mentee = program.rep("Luz");
        program.assign(mentee, mentor);
        LocalDate day = LocalDate.of(LocalDate.now(clock).getYear() + 1, 7, 15);
        CheckIn checkIn = checkIns.plan(program.actor(mentor), new PlanCheckIn(mentee.getId(), day.atTime(18, 0),
                "Europe/Berlin", List.of("Plan the meetup")));

        Document page = page("/checkins/" + checkIn.getId(), SignIn.as(mvc, mentor));
        assertThat(page.select("#when time").attr("datetime")).isEqualTo(day + "T18:00:00+02:00");
        assertThat(page.select("#when").text()).isEqualTo("15 Jul " + day.getYear() + ", 18:00");
        assertThat(page.select("#when small")).isEmpty();
    }

    private Document page(String path, Cookie session) throws Exception {
        String html = mvc.perform(get(path).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
