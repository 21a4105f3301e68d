package org.repsportal.demo;

import java.time.LocalDate;
import java.util.Map;

import org.repsportal.mentorship.AlumniWatch;
import org.repsportal.mentorship.Mentorships;
import org.repsportal.mentorship.Reassignments;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * The demo program's changes of mentor and alumni watch, through the mentorship module's services: one change
 * agreed by the mentee and their mentor that waits for the new mentor, and the watch's first run, which tells
 * the Reps silent for eleven months.
 */
@Component
class DemoMentorship {

    private final Reassignments reassignments;
    private final Mentorships mentorships;
    private final AlumniWatch alumni;
    private final People people;

    DemoMentorship(Reassignments reassignments, Mentorships mentorships, AlumniWatch alumni, People people) {
        this.reassignments = reassignments;
        this.mentorships = mentorships;
        this.alumni = alumni;
        this.people = people;
    }

    void seed(DemoProgram.Cast cast, long movingRep, LocalDate today) {
        Map<Long, Long> current = mentorships.currentMentorIds(java.util.List.of(movingRep));
        Long from = current.get(movingRep);
        long to = cast.mentors().stream().filter(m -> !m.equals(from))
                .filter(m -> mentorships.currentMenteeCount(m) < mentorships.capacityOf(m)).findFirst().orElseThrow();
        long id = reassignments.propose(actor(movingRep), movingRep, to, "We share a language and a time zone");
        if (from != null) {
            reassignments.agree(actor(from), id, "Working on a campus club launch; the plan is in our last check-in.");
        }
        alumni.watch(today);
    }

    private Actor actor(long personId) {
        return people.actorFor(personId).orElseThrow();
    }
}
