package org.repsportal.people;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class DirectoryExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Test
    void theDirectoryDownloadsWithTheSearchAndRoleOfThePageAndEachMentor() throws Exception {
        Person mentor = program.mentor("Quorvex Mentor");
        Person rep = program.rep("Quorvex Rep");
        program.assign(rep, mentor);

        MvcResult everyone = mvc.perform(get("/people.csv").param("q", "quorvex").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"people.csv\""))
                .andReturn();
        List<CSVRecord> rows = rows(everyone);
        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Quorvex Mentor", "Quorvex Rep");
        CSVRecord repRow = rows.get(1);
        assertThat(repRow.get("id")).isEqualTo(rep.getId().toString());
        assertThat(repRow.get("roles")).isEqualTo("REP");
        assertThat(repRow.get("country")).isEqualTo("DE");
        assertThat(repRow.get("mentor_id")).isEqualTo(mentor.getId().toString());
        assertThat(repRow.get("mentor")).isEqualTo("Quorvex Mentor");

        MvcResult mentors = mvc.perform(get("/people.csv").param("q", "quorvex").param("role", "MENTOR")
                        .header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk()).andReturn();
        assertThat(rows(mentors)).extracting(r -> r.get("name")).containsExactly("Quorvex Mentor");
    }

    @Test
    void theDirectoryPageLinksToItsCsvWithTheSameFilters() throws Exception {
        Person rep = program.rep("Linkcheck");
        mvc.perform(get("/people").param("q", "linkcheck").param("role", "REP").header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/people.csv?q=linkcheck&amp;role=REP")));
    }

    @Test
    void theApiDirectoryAnswersCsvWhenAsked() throws Exception {
        Person rep = program.rep("Apixdir Rep");
        MvcResult result = mvc.perform(get("/api/v1/people").param("q", "apixdir").header("Accept", "text/csv")
                        .header("Authorization", Program.bearer(rep)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn();
        assertThat(rows(result)).extracting(r -> r.get("id")).containsExactly(rep.getId().toString());
    }

    @Test
    void theApiDescriptionSaysTheListsAnswerCsvBesideJson() throws Exception {
        Person rep = program.rep("Apidocs Reader");
        for (String list : java.util.List.of("/api/v1/people", "/api/v1/reports", "/api/v1/tasks")) {
            mvc.perform(get("/v3/api-docs").header("Authorization", Program.bearer(rep)))
                    .andExpect(status().isOk())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .jsonPath("$.paths['" + list + "'].get.responses['200'].content['text/csv']").exists())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                            .jsonPath("$.paths['" + list + "'].get.responses['200'].content['*/*']").exists());
        }
    }

    @Test
    void withoutSigningInThereIsNoExport() throws Exception {
        mvc.perform(get("/api/v1/people").header("Accept", "text/csv")).andExpect(status().isUnauthorized());
    }

    private static List<CSVRecord> rows(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))) {
            return parser.getRecords();
        }
    }
}
