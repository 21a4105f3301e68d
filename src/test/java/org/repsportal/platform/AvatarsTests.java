package org.repsportal.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.repsportal.people.Person;
import org.repsportal.support.PortalTest;
import org.repsportal.support.Program;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People are told apart at a glance: the mentor's mentees, a Rep's mentor, the Council's lists and the mentors' board
 * show each person's initials on their own colour beside their name, decorative (hidden from screen readers, whose
 * users hear the name).
 */
@PortalTest
class AvatarsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Program program;

    private Document page(String path, Person person) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).header("Authorization", Program.bearer(person)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static void isTheAvatarOf(Element avatar, String initials) {
        assertThat(avatar).as("an avatar").isNotNull();
        assertThat(avatar.text()).isEqualTo(initials);
        assertThat(avatar.attr("aria-hidden")).isEqualTo("true");
        assertThat(avatar.classNames()).anyMatch(c -> c.matches("avatar-[0-5]"));
    }

    @Test
    void eachOfAMentorsMenteesHasTheirAvatarBesideTheirNameWithTheMailIconOnTheEmailLink() throws Exception {
        Person mentor = program.mentor("Avery Avatar");
        Person mentee = program.rep("Ulla Umbrella");
        program.assign(mentee, mentor);

        Document dashboard = page("/dashboard", mentor);

        Element row = dashboard.selectFirst("#mentees-table tr[data-mentee=" + mentee.getId() + "]");
        assertThat(row).isNotNull();
        isTheAvatarOf(row.selectFirst("td.cell-title .avatar"), "UU");
        assertThat(row.selectFirst("td.cell-title .person a").text()).isEqualTo("Ulla Umbrella");
        assertThat(row.select("td.cell-actions a[href*=email-mentees] svg.icon use").attr("href")).matches("/img/icons(-[0-9a-f]+)?\\.svg#mail");
        assertThat(row.select("td.cell-actions a[href*=email-mentees] svg").attr("aria-hidden")).isEqualTo("true");
    }

    @Test
    void aRepsHomeShowsTheirMentorWithTheirAvatar() throws Exception {
        Person mentor = program.mentor("Magnus Mentorsson");
        Person rep = program.rep("Rhea Represent");
        program.assign(rep, mentor);

        Element card = page("/dashboard", rep).selectFirst("#my-mentor");

        assertThat(card).isNotNull();
        isTheAvatarOf(card.selectFirst(".person .avatar"), "MM");
        assertThat(card.selectFirst(".person a").text()).isEqualTo("Magnus Mentorsson");
    }

    @Test
    void everyPersonInTheCouncilsListsOnTheDashboardHasAnAvatar() throws Exception {
        Person council = program.council("Cleo Council");
        program.rep("Nadia Nomentor");
        program.assign(program.rep("Mona Mentored"), program.mentor("Milo Listed"));

        Document dashboard = page("/dashboard", council);

        var unmentored = dashboard.select("#unmentored > li");
        assertThat(unmentored).as("Reps without a mentor").isNotEmpty();
        assertThat(unmentored).allSatisfy(li -> isTheAvatarOf(li.selectFirst(".avatar"), initials(li.selectFirst(".person a").text())));
        var mentors = dashboard.select("table.mentor-rows tbody tr");
        assertThat(mentors).as("the mentors' rows").isNotEmpty();
        assertThat(mentors).allSatisfy(tr -> isTheAvatarOf(tr.selectFirst("td .avatar"), initials(tr.selectFirst("td .person a").text())));
        assertThat(dashboard.select("#silent-6 > li, #silent-12 > li, #orphans li"))
                .allSatisfy(li -> assertThat(li.select(".avatar")).hasSize(1));
        assertThat(dashboard.select("a[href^='/dashboard/'][href*='.csv']")).as("the lists' downloads").hasSize(4)
                .allSatisfy(a -> assertThat(a.select("svg.icon use").attr("href")).endsWith("#download"));
    }

    @Test
    void theMentorsBoardShowsTheAvatarOfWhoStartedEachThreadAndOfEachReply() throws Exception {
        Person author = program.mentor("Bea Boardwalk");
        Person replier = program.council("Rory Replier");
        String location = mvc.perform(post("/board").header("Authorization", Program.bearer(author)).with(csrf())
                        .param("title", "First check-in questions").param("body", "What do you ask first?"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/replies").header("Authorization", Program.bearer(replier)).with(csrf())
                .param("body", "What they hope to learn."));

        Document thread = page(location, replier);
        var bylines = thread.select(".board-author");
        assertThat(bylines).hasSize(2);
        isTheAvatarOf(bylines.get(0).selectFirst(".avatar"), "BB");
        isTheAvatarOf(bylines.get(1).selectFirst(".avatar"), "RR");

        Document board = page("/board", author);
        Element row = board.select("main table tbody tr").stream()
                .filter(tr -> tr.text().contains("First check-in questions")).findFirst().orElseThrow();
        isTheAvatarOf(row.selectFirst(".person .avatar"), "BB");
        assertThat(board.selectFirst("main a[href=/board/new] svg use").attr("href")).endsWith("#plus");
    }

    /** The initials the avatar draws: the first letters of the first and last words. */
    private static String initials(String name) {
        return new AvatarFormat().initials(name);
    }
}
