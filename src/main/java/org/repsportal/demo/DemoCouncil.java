package org.repsportal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.repsportal.board.BoardImport;
import org.repsportal.board.BoardImport.ImportedReply;
import org.repsportal.board.BoardImport.ImportedThread;
import org.repsportal.concerns.ConcernCategory;
import org.repsportal.concerns.ConcernImport;
import org.repsportal.concerns.ConcernImport.ImportedConcern;
import org.repsportal.leaders.LeaderNomination;
import org.repsportal.leaders.LeaderNominationState;
import org.repsportal.leaders.LeaderNominations;
import org.repsportal.leaders.NewLeaderNomination;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * The Council's part of the demo: a concern of each category at different stages (so the time to acknowledge
 * has data), two emerging-leader nominations by mentor@example.org, and a few threads on the mentors' board.
 */
@Component
class DemoCouncil {

    private final ConcernImport imports;
    private final BoardImport boardImports;
    private final LeaderNominations nominations;
    private final People people;
    private final Clock clock;

    DemoCouncil(ConcernImport imports, BoardImport boardImports, LeaderNominations nominations, People people, Clock clock) {
        this.imports = imports;
        this.boardImports = boardImports;
        this.nominations = nominations;
        this.people = people;
        this.clock = clock;
    }

    void seed(DemoProgram.Cast cast) {
        Instant now = clock.instant();
        concerns(cast, now);
        nominations(cast);
        board(cast, now);
    }

    private void concerns(DemoProgram.Cast cast, Instant now) {
        long council = cast.council();
        long otherCouncil = cast.councilMembers().get(1);
        // mentor@example.org passes on what a mentee told them; the reporting route was followed
        Instant abuseRaised = now.minus(Duration.ofDays(20));
        imports.importConcern(new ImportedConcern(ConcernCategory.ABUSE, cast.mentor(), cast.reps().get(10), null,
                "Insulting messages in the regional chat after the meetup",
                "A mentee of mine told me that a community member posted insulting messages about her in the regional chat "
                        + "after last month's meetup, and kept doing so after being asked to stop.\n\n"
                        + "I reported it through the Community Participation Guidelines route the same day and kept the screenshots "
                        + "she sent me. I would like the Council to know, and to help me support her.",
                abuseRaised, council, abuseRaised.plus(Duration.ofHours(5)), abuseRaised.plus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(12)),
                "The report is handled under the Community Participation Guidelines. The Council checked in with the mentee "
                        + "twice and the chat moderators were asked to watch the channel."));
        // rep@example.org asks for help with a conflict and involves their mentor, mentor@example.org
        Instant conflictRaised = now.minus(Duration.ofDays(6));
        imports.importConcern(new ImportedConcern(ConcernCategory.CONFLICT, cast.rep(), cast.reps().get(12), cast.mentor(),
                "Disagreement about who runs the next community day",
                "Two of us want to organise the next community day and we cannot agree on the venue or the agenda. "
                        + "It is getting personal in our local group. I would like my mentor and the Council to help us find a way.",
                conflictRaised, otherCouncil, conflictRaised.plus(Duration.ofHours(26)),
                conflictRaised.plus(Duration.ofDays(2)), null, null));
        Instant fundsRaised = now.minus(Duration.ofDays(3));
        imports.importConcern(new ImportedConcern(ConcernCategory.FUNDS_OR_SWAG, cast.mentors().get(1), null, null,
                "Swag from the spring campaign offered for sale online",
                "Several T-shirts and stickers from the spring campaign are offered for sale on a local marketplace. "
                        + "I do not know who put them there; I saved the links.",
                fundsRaised, council, fundsRaised.plus(Duration.ofHours(20)), null, null, null));
        Instant ideaRaised = now.minus(Duration.ofDays(40));
        imports.importConcern(new ImportedConcern(ConcernCategory.SUCCESS_OR_IDEA, cast.newMentor(), null, null,
                "Pairing new Reps with a buddy for their first event",
                "In our region we paired each new Rep with an experienced one for their first event. All six of them "
                        + "filed their first report within a month. Other regions might like to try it.",
                ideaRaised, otherCouncil, ideaRaised.plus(Duration.ofHours(2)), ideaRaised.plus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(30)), "Shared on the mentors' board and added to the onboarding SOP as a suggestion."));
        imports.importConcern(new ImportedConcern(ConcernCategory.PERSONAL, cast.mentors().get(2), cast.reps().get(20), null,
                "A mentee going through a hard time",
                "My mentee told me in confidence about a difficult family situation. They want to stay in the program but "
                        + "will be much less active for a few months. How can we make this easy for them?",
                now.minus(Duration.ofHours(30)), null, null, null, null, null));
    }

    private void nominations(DemoProgram.Cast cast) {
        Actor mentor = people.actorFor(cast.mentor()).orElseThrow();
        Actor council = people.actorFor(cast.council()).orElseThrow();
        List<Long> mentees = cast.mentorsMentees();
        LeaderNomination first = nominations.nominate(mentor, new NewLeaderNomination(mentees.get(3),
                "Organised three local events this year and brought two new contributors to Localization. "
                        + "Others in the region already come to them for advice."));
        nominations.nominate(mentor, new NewLeaderNomination(mentees.get(4),
                "Started a study group for new contributors and keeps it running every week; calm and fair in discussions."));
        nominations.followUp(council, first.getId(), LocalDate.now(clock).minusDays(2),
                "Talked with their mentor; we would like to invite them to the next leadership call.", LeaderNominationState.FOLLOWING_UP);
    }

    private void board(DemoProgram.Cast cast, Instant now) {
        boardImports.importThread(new ImportedThread(cast.mentor(), "How do you keep monthly check-ins from slipping?",
                "With six mentees I notice that a month goes by very quickly. What do you do so that check-ins actually happen?",
                now.minus(Duration.ofDays(10)), List.of(
                new ImportedReply(cast.council(), "I put a recurring event in my calendar for each mentee on the same day "
                        + "of the month, with the goals of the last check-in in the description.", now.minus(Duration.ofDays(9))),
                new ImportedReply(cast.mentors().get(0), "I ask each mentee to propose the next date at the end of the call. "
                        + "It works better than me chasing them.", now.minus(Duration.ofDays(8))),
                new ImportedReply(cast.mentor(), "Thank you both, I will try the recurring event.", now.minus(Duration.ofDays(7)))),
                List.of(cast.mentors().get(0))));
        boardImports.importThread(new ImportedThread(cast.council(), "What worked: budget review with a first-time organiser",
                "We went through the metrics together before the request was filed, comparing them with two similar events. "
                        + "The request passed without changes and the event met its goals.",
                now.minus(Duration.ofDays(4)), List.of(
                new ImportedReply(cast.newMentor(), "Very helpful, thank you. Did you also look at catering costs per attendee?",
                        now.minus(Duration.ofDays(2)))),
                List.of()));
        boardImports.importThread(new ImportedThread(cast.mentors().get(3), "A mentee went quiet after a disagreement",
                "One of my mentees stopped reporting after a disagreement in the local group. I do not want to push too hard. "
                        + "How would you reach out?", now.minus(Duration.ofHours(20)), List.of(), List.of()));
    }
}
