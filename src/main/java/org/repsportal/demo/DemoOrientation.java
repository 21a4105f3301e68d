package org.repsportal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.repsportal.library.CommunityResource;
import org.repsportal.library.CommunityResources;
import org.repsportal.library.Library;
import org.repsportal.library.NewResource;
import org.repsportal.library.NewSuggestion;
import org.repsportal.library.ResourceTopic;
import org.repsportal.orientation.CallKind;
import org.repsportal.orientation.MentorNominationKind;
import org.repsportal.orientation.OrientationCalls;
import org.repsportal.orientation.OrientationImport;
import org.repsportal.orientation.OrientationImport.ImportedOrientation;
import org.repsportal.orientation.OrientationStep;
import org.repsportal.orientation.Orientations;
import org.repsportal.orientation.ScheduleCall;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * The demo's orientation and library: newmentor@example.org half-way through orientation with an
 * onboarding call next week, another new mentor stuck on an early step, a nomination waiting for the
 * Council, suggested edits waiting for review and a few community resources.
 */
@Component
class DemoOrientation {

    private final OrientationImport orientationImport;
    private final Orientations orientations;
    private final OrientationCalls calls;
    private final Library library;
    private final CommunityResources resources;
    private final People people;

    DemoOrientation(OrientationImport orientationImport, Orientations orientations, OrientationCalls calls, Library library,
                    CommunityResources resources, People people) {
        this.orientationImport = orientationImport;
        this.orientations = orientations;
        this.calls = calls;
        this.library = library;
        this.resources = resources;
        this.people = people;
    }

    void seed(DemoProgram.Cast cast, LocalDate today) {
        Actor council = actor(cast.council());
        Actor mentor = actor(cast.mentor());
        Actor newMentor = actor(cast.newMentor());
        Actor rep = actor(cast.rep());

        // newmentor@example.org: appointed three weeks ago, four of seven steps done
        orientationImport.importInProgress(new ImportedOrientation(cast.newMentor(), MentorNominationKind.BY_MENTOR, cast.council(),
                "Nora has welcomed every newcomer in Nairobi this year and runs the support sprints.", cast.council(),
                today.minusWeeks(3), Map.of(
                        OrientationStep.TRAINING, today.minusDays(18),
                        OrientationStep.MENTORS_CHANNEL, today.minusDays(17),
                        OrientationStep.READ_MENTORING_SOP, today.minusDays(12),
                        OrientationStep.READ_TRAINING_SOP, today.minusDays(10))));
        library.recordRead(newMentor, "mentoring", library.currentVersion("mentoring"));
        library.recordRead(newMentor, "mentor-training", library.currentVersion("mentor-training"));

        // a mentor appointed six weeks ago who has only had the onboarding call
        long stuck = cast.mentors().get(cast.mentors().size() - 1);
        orientationImport.importInProgress(new ImportedOrientation(stuck, MentorNominationKind.BY_COUNCIL, cast.councilMembers().get(0),
                "Strong localization lead, ready to guide others.", cast.councilMembers().get(1), today.minusWeeks(6),
                Map.of(OrientationStep.ONBOARDING_CALL, today.minusWeeks(5))));

        calls.schedule(council, new ScheduleCall(CallKind.ONBOARDING, today.plusWeeks(1), LocalTime.of(16, 0), "Europe/Athens",
                60, "https://meet.example.org/reps-onboarding", "Bring any question about mentoring; no preparation needed.",
                List.of(cast.newMentor())));

        // one of mentor@example.org's mentees, put forward by her
        orientations.nominate(mentor, cast.mentorsMentees().get(3),
                "Has organised monthly meetups for a year and already helps two newcomers informally.");

        library.suggest(rep, "mentor-training", new NewSuggestion(null, library.page("mentor-training", null).markdown()
                .replace("## Being away", "## Being away\n\nTell your mentees before you go, not after: a short message is enough."),
                "New mentors asked when to announce an absence."));
        library.suggest(mentor, "budget-review", new NewSuggestion(null, library.page("budget-review", null).markdown()
                + "\n## Tips for mentors\n\nAsk for the venue's written offer; it makes the donation or discount visible to the Council.\n",
                "A tip from this year's reviews."));

        resources.add(mentor, new NewResource("Giving feedback that lands", "https://example.org/guides/feedback",
                ResourceTopic.COMMUNICATION, "A two-page guide to feedback conversations; good before a first check-in."));
        resources.add(council, new NewResource("Community Participation Guidelines", "https://example.org/participation-guidelines",
                ResourceTopic.CONFLICT, "What we expect of each other, and how to report a problem."));
        resources.add(newMentor, new NewResource("Planning a meetup on a small budget", "https://example.org/guides/meetups",
                ResourceTopic.EVENTS_AND_BUDGETS, null));
        CommunityResource old = resources.add(rep, new NewResource("Old wiki: mentor FAQ", "https://wiki.example.org/mentor-faq",
                ResourceTopic.MENTORING, "Some answers still help."));
        resources.flagOutdated(mentor, old.getId(), "Describes the old portal and its email lists.");
    }

    private Actor actor(long personId) {
        return people.actorFor(personId).orElseThrow();
    }
}
