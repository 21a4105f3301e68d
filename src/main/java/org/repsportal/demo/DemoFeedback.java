package org.repsportal.demo;

import org.repsportal.feedback.FeedbackDesk;
import org.repsportal.feedback.NewFeedback;
import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * Feedback in the demo: contacts for three functional areas (a mentor for Localization and Events, the Admin for
 * Documentation), feedback from Reps to an area and to the leadership at each state, and a mentee's feedback that
 * mentor@example.org forwarded without naming the mentee.
 */
@Component
class DemoFeedback {

    private final FeedbackDesk desk;
    private final People people;

    DemoFeedback(FeedbackDesk desk, People people) {
        this.desk = desk;
        this.people = people;
    }

    void seed(DemoProgram.Cast cast) {
        Actor admin = actor(cast.admin());
        long localization = cast.mentors().get(0);
        desk.addContact(admin, "LOCALIZATION", localization);
        desk.addContact(admin, "EVENTS", cast.mentors().get(1));
        desk.addContact(admin, "EVENTS", cast.councilMembers().get(1));
        desk.addContact(admin, "DOCUMENTATION", cast.admin());

        // Reps who are not mentor@example.org's mentees send their own
        java.util.List<Long> senders = cast.reps().stream().skip(30)
                .filter(id -> !cast.mentorsMentees().contains(id) && id != cast.unmentoredRep()).limit(3).toList();
        Actor translator = actor(senders.get(0));
        long glossary = desk.send(translator, NewFeedback.own("LOCALIZATION", "A shared glossary for the Spanish locales",
                "Each Spanish-speaking community translates the same terms differently. A glossary shared by all of them "
                        + "would save reviewers a lot of time; three of us would start it."));
        Actor localizationContact = actor(localization);
        desk.acknowledge(localizationContact, glossary);
        desk.close(localizationContact, glossary, "Thank you, a very good idea. The glossary now lives in the localization "
                + "wiki; please add your terms there and tell the other communities at the next call.");

        long venues = desk.send(actor(senders.get(1)), NewFeedback.own("EVENTS", "Venue checklist for events with children",
                "When our events welcome families, we need more than the usual venue checklist: a quiet room, first aid, "
                        + "who may take photos. Could the events guide have a section on it?"));
        desk.acknowledge(actor(cast.mentors().get(1)), venues);

        desk.send(actor(senders.get(2)), NewFeedback.own(FeedbackDesk.LEADERSHIP, "Reports take too long on a phone",
                "Most of us file reports from a phone after an event. Filling in the report there takes many steps; a shorter "
                        + "form for the common activities would help."));
        desk.send(actor(cast.mentor()), new NewFeedback(FeedbackDesk.LEADERSHIP, "Feeling left out of decisions about the region",
                "A mentee of mine feels that decisions about campaigns in our region are made without asking the local "
                        + "communities, and would like the Council to hold an open call before the next campaign.",
                cast.mentorsMentees().get(5), false));
    }

    private Actor actor(long personId) {
        return people.actorFor(personId).orElseThrow();
    }
}
