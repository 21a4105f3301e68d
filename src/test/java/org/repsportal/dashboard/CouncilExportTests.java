package org.repsportal.dashboard;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class CouncilExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Test
    void theCouncilDownloadsTheRepsWithoutAMentor() throws Exception {
        Person council = program.council("Exporting Council");
        Person waiting = program.rep("Waiting Rep");
        Person mentored = program.rep("Mentored Rep");
        program.assign(mentored, program.mentor("Some Mentor"));

        MvcResult result = mvc.perform(get("/dashboard/unmentored.csv").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"without-mentor.csv\""))
                .andReturn();
        List<String> ids = rows(result).stream().map(r -> r.get("id")).toList();
        assertThat(ids).contains(waiting.getId().toString()).doesNotContain(mentored.getId().toString());
    }

    @Test
    void theCouncilDownloadsWhoWentSilentForSixAndForTwelveMonths() throws Exception {
        Person council = program.council("Silence Council");
        Person silent = program.rep("Silent Since Joining");

        MvcResult six = mvc.perform(get("/dashboard/silent.csv").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"silent-6-months.csv\""))
                .andReturn();
        var row = rows(six).stream().filter(r -> r.get("id").equals(silent.getId().toString())).findFirst().orElseThrow();
        assertThat(row.get("silent_since")).isEqualTo("2024-01-15");

        MvcResult twelve = mvc.perform(get("/dashboard/silent.csv").param("months", "12").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"silent-12-months.csv\""))
                .andReturn();
        assertThat(rows(twelve)).extracting(r -> r.get("id")).contains(silent.getId().toString());
    }

    @Test
    void theCouncilDownloadsTheMentorsLoad() throws Exception {
        Person council = program.council("Load Council");
        Person mentor = program.mentor("Loaded Mentor");
        program.assign(program.rep("Load One"), mentor);
        program.assign(program.rep("Load Two"), mentor);

        MvcResult result = mvc.perform(get("/dashboard/mentors.csv").header("Authorization", Program.bearer(council)))
                .andExpect(status().isOk()).andReturn();
        var row = rows(result).stream().filter(r -> r.get("id").equals(mentor.getId().toString())).findFirst().orElseThrow();
        assertThat(row.get("mentees")).isEqualTo("2");
        assertThat(row.get("name")).isEqualTo("Loaded Mentor");
    }

    @Test
    void aRepOrAMentorCannotDownloadTheCouncilsLists() throws Exception {
        for (Person person : List.of(program.rep("Curious Rep"), program.mentor("Curious Mentor"))) {
            for (String list : List.of("/dashboard/unmentored.csv", "/dashboard/silent.csv", "/dashboard/mentors.csv")) {
                mvc.perform(get(list).header("Authorization", Program.bearer(person))).andExpect(status().isForbidden());
            }
        }
    }

    private static List<CSVRecord> rows(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }
}
