package org.repsportal.council;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The council module's lists read as many statements for a full page as for a nearly empty one. */
@PortalTest
class CouncilStatementCountTests {

    @TestConfiguration
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countCouncilStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
                            ? ProxyDataSourceBuilder.create(dataSource).countQuery().build() : bean;
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    @Autowired
    Concerns concerns;

    @Autowired
    Nominations nominations;

    @Autowired
    MentorsBoard board;

    @Test
    void theCouncilsListsTheReportersListAndTheBoardDoNotGrowWithWhatTheyShow() throws Exception {
        Person council = program.council("Counting Council");
        Person few = program.mentor("Few Things");
        Person many = program.mentor("Many Things");
        fill(few, 2);
        long queueForFew = statementsFor("/council/concerns?state=all", council);
        long pipelineForFew = statementsFor("/council/nominations", council);
        long boardForFew = statementsFor("/board", council);
        fill(many, 25);

        assertThat(statementsFor("/council/concerns?state=all", council)).isEqualTo(queueForFew);
        assertThat(statementsFor("/api/v1/council/concerns?state=all", council)).isEqualTo(statementsFor("/api/v1/council/concerns?state=NEW", council));
        assertThat(statementsFor("/council/nominations", council)).isEqualTo(pipelineForFew);
        assertThat(statementsFor("/board", council)).isEqualTo(boardForFew);
        assertThat(statementsFor("/concerns", many)).isEqualTo(statementsFor("/concerns", few));
        assertThat(statementsFor("/council/nominations/new", many)).isEqualTo(statementsFor("/council/nominations/new", few));
        long threadOfFew = board.threads(program.actor(few), 0, 100).items().stream()
                .filter(t -> t.authorId() == few.getId()).findFirst().orElseThrow().id();
        long threadOfMany = board.threads(program.actor(many), 0, 100).items().stream()
                .filter(t -> t.authorId() == many.getId()).findFirst().orElseThrow().id();
        assertThat(statementsFor("/board/" + threadOfMany, council)).isEqualTo(statementsFor("/board/" + threadOfFew, council));
    }

    /** Concerns, nominated mentees and a thread with replies, n of each. */
    private void fill(Person mentor, int n) {
        long thread = board.start(program.actor(mentor), new NewPost("Thread of " + mentor.getDisplayName(), "Body")).getId();
        for (int i = 0; i < n; i++) {
            concerns.raise(program.actor(mentor), new NewConcern("SUCCESS_OR_IDEA", null, "Idea " + i, "Details", false, false));
            Person mentee = program.rep("Mentee " + i);
            program.assign(mentee, mentor);
            nominations.nominate(program.actor(mentor), new NewNomination(mentee.getId(), "Reason " + i));
            board.reply(program.actor(mentor), thread, "Reply " + i);
        }
    }

    private long statementsFor(String page, Person reader) throws Exception {
        mvc.perform(get(page).header("Authorization", Program.bearer(reader))).andExpect(status().isOk());
        QueryCountHolder.clear();
        mvc.perform(get(page).header("Authorization", Program.bearer(reader))).andExpect(status().isOk());
        long total = QueryCountHolder.getGrandTotal().getTotal();
        assertThat(total).as(page).isPositive();
        return total;
    }
}
