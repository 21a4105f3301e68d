package org.repsportal.demo;

import java.time.LocalDate;

import org.repsportal.availability.Absences;
import org.repsportal.availability.NewAbsence;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * Absences in the demo: one of mentor@example.org's mentees is away for two weeks with rep@example.org as
 * delegate; another mentor is away for four months with a plan for their mentees (the Council's task with
 * interim proposals follows from it).
 */
@Component
class DemoAbsences {

    private final Absences absences;
    private final People people;

    DemoAbsences(Absences absences, People people) {
        this.absences = absences;
        this.people = people;
    }

    void seed(DemoProgram.Cast cast, LocalDate today) {
        long awayMentee = cast.mentorsMentees().get(3);
        absences.declare(people.actorFor(awayMentee).orElseThrow(), new NewAbsence(today.minusDays(3), today.plusDays(10),
                cast.rep(), "Family wedding abroad",
                "Thank you for your message! I am at a family wedding abroad and will answer when I am back.", false, null));

        long awayMentor = cast.mentors().get(1);
        long standIn = cast.councilMembers().get(1);
        absences.declare(people.actorFor(awayMentor).orElseThrow(), new NewAbsence(today.minusDays(14),
                today.minusDays(14).plusMonths(4), standIn, "Parental leave",
                "I am on parental leave for four months. For anything about my mentees, please write to my delegate.", false,
                "Please find interim mentors in my region for my mentees; I would like to take them back when I return. "
                        + "Those close to an event should keep their current budget reviewers."));
    }
}
