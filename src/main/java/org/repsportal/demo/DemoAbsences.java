package org.repsportal.demo;

import java.time.LocalDate;

import org.repsportal.availability.Absences;
import org.repsportal.availability.NewAbsence;
import org.repsportal.mentorship.AssignMentor;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * Absences in the demo: one of mentor@example.org's mentees is away for two weeks with rep@example.org as
 * delegate; another mentor is away for four months with a plan for their mentees, and the Council has given each
 * of those mentees an interim mentor until the mentor is back (through the mentorship module's service).
 */
@Component
class DemoAbsences {

    private final Absences absences;
    private final Mentorships mentorships;
    private final People people;

    DemoAbsences(Absences absences, Mentorships mentorships, People people) {
        this.absences = absences;
        this.mentorships = mentorships;
        this.people = people;
    }

    void seed(DemoProgram.Cast cast, LocalDate today) {
        long awayMentee = cast.mentorsMentees().get(3);
        absences.declare(people.actorFor(awayMentee).orElseThrow(), new NewAbsence(today.minusDays(3), today.plusDays(10),
                cast.rep(), "Family wedding abroad",
                "Thank you for your message! I am at a family wedding abroad and will answer when I am back.", false, null));

        long awayMentor = cast.mentors().get(1);
        long standIn = cast.councilMembers().get(1);
        LocalDate back = today.minusDays(14).plusMonths(4);
        long absence = absences.declare(people.actorFor(awayMentor).orElseThrow(), new NewAbsence(today.minusDays(14),
                back, standIn, "Parental leave",
                "I am on parental leave for four months. For anything about my mentees, please write to my delegate.", false,
                "Please find interim mentors in my region for my mentees; I would like to take them back when I return. "
                        + "Those close to an event should keep their current budget reviewers."));
        interimMentors(cast, awayMentor, absence, back);
    }

    /** Each mentee of the away mentor gets an interim mentor, one of the other mentors with a place left, in turn. */
    private void interimMentors(DemoProgram.Cast cast, long awayMentor, long absence, LocalDate lastDay) {
        Actor council = people.actorFor(cast.council()).orElseThrow();
        var others = cast.mentors().stream().filter(m -> m != awayMentor && m != cast.mentor()).toList();
        var notReady = mentorships.notReadyForNewMentees(others);
        var candidates = others.stream().filter(m -> !notReady.contains(m)).toList();
        int next = 0;
        for (long mentee : mentorships.currentMenteeIds(awayMentor)) {
            for (int tried = 0; tried < candidates.size(); tried++) {
                long interim = candidates.get(next++ % candidates.size());
                if (mentorships.currentMenteeCount(interim) < mentorships.capacityOf(interim)
                        && !mentorships.currentMentorOf(interim).map(m -> m == mentee).orElse(false)) {
                    mentorships.assign(council, AssignMentor.interim(mentee, interim,
                            "Covers the parental leave of their mentor", lastDay, absence));
                    break;
                }
            }
        }
    }
}
