package org.repsportal.applications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.People;
import org.repsportal.people.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings an application to a given stage the way its people would: the applicant applies and confirms, the referee
 * answers, the Council assigns and decides, the interviewer offers times and records the interview, the new Rep ticks
 * off steps and the mentor ships the Welcome Pack, each through the module's own services and their rules.
 */
@Component
@Transactional
public class ApplicationSeeds {

    /** How far an application gets. */
    public enum Stage {
        UNCONFIRMED, SUBMITTED, SCREENING, INTERVIEW_BOOKED, NOT_YET, REJECTED, WITHDRAWN, CLOSED_NO_REPLY,
        ONBOARDING_PACK_SHIPPED
    }

    /** Who applies, with one referee. */
    public record Applicant(String name, String email, String region, String country, String city, String timeZone,
                            List<String> languages, List<String> functionalAreas, String refereeName, String refereeEmail) {
    }

    private static final String CLIENT = "seed";

    private final Applications applications;
    private final Onboarding onboarding;
    private final ApplicationRepository repository;
    private final RefereeRepository referees;
    private final InterviewSlotRepository slots;
    private final People people;
    private final Clock clock;

    ApplicationSeeds(Applications applications, Onboarding onboarding, ApplicationRepository repository,
                     RefereeRepository referees, InterviewSlotRepository slots, People people, Clock clock) {
        this.applications = applications;
        this.onboarding = onboarding;
        this.repository = repository;
        this.referees = referees;
        this.slots = slots;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Seeds one application up to {@code stage}; the interviewer (a mentor) is needed from the interview on and
     * becomes the new Rep's mentor when accepted. Returns the application's id.
     */
    public long seed(Applicant who, Stage stage, long councilId, Long interviewerId) {
        Application a = applications.apply(request(who), CLIENT).application();
        long id = a.getId();
        if (stage == Stage.UNCONFIRMED) {
            return id;
        }
        if (stage == Stage.CLOSED_NO_REPLY) {
            // the address was never confirmed and the program stopped waiting
            a.closeForSilence(clock.instant());
            return id;
        }
        applications.confirm(a.getConfirmToken());
        if (stage == Stage.SUBMITTED) {
            return id;
        }
        if (stage == Stage.WITHDRAWN) {
            applications.withdraw(a.getStatusToken());
            return id;
        }
        Referee referee = referees.findByApplicationIdOrderByPosition(id).get(0);
        applications.answerReference(referee.getToken(), "We organised the city's release parties together for two years.",
                "Ran the newcomer table at every meetup and wrote the local translation guide.", true);
        if (stage == Stage.SCREENING) {
            return id;
        }
        Actor council = actor(councilId);
        Actor interviewer = actor(interviewerId);
        // where the interview is decided at once, the interviewer gets no task (it would be closed before it opened and
        // stay open), and a Council member scores it
        applications.assignInterviewer(council, id, interviewerId, stage == Stage.INTERVIEW_BOOKED);
        switch (stage) {
            case INTERVIEW_BOOKED -> {
                Person mentor = people.get(interviewerId);
                LocalDate day = LocalDate.now(clock).plusDays(7);
                applications.offerSlots(interviewer, id, List.of(
                        new Applications.SlotRequest(day.atTime(LocalTime.of(10, 0)), mentor.getTimeZone()),
                        new Applications.SlotRequest(day.plusDays(1).atTime(LocalTime.of(16, 30)), mentor.getTimeZone())));
                long first = slots.findByApplicationIdAndWithdrawnFalseOrderByStartsAt(id).get(0).getId();
                applications.pickSlot(a.getStatusToken(), first);
            }
            case NOT_YET -> {
                applications.recordInterview(council, id, record(3, Outcome.NOT_YET,
                        "Keen and kind, but has run no activity of their own yet."));
                applications.decide(council, id, Outcome.NOT_YET, "A strong motivation; too little own activity so far.",
                        "Organise two meetups with a co-organiser and write a short report on each.",
                        LocalDate.now(clock).plusMonths(6), null);
            }
            case REJECTED -> {
                applications.recordInterview(council, id, record(1, Outcome.REJECTED,
                        "Wants the role for the travel budget; no community work to show."));
                applications.decide(council, id, Outcome.REJECTED,
                        "The goals are about personal travel, not the community; no evidence of contributions.", null, null, null);
            }
            case ONBOARDING_PACK_SHIPPED -> {
                applications.recordInterview(council, id, record(4, Outcome.ACCEPTED,
                        "Already runs a lively local group; clear plan for the next six months."));
                applications.decide(council, id, Outcome.ACCEPTED,
                        "Strong evidence of community work and a clear plan; the referee vouches.", null, null, null);
                Application accepted = repository.findById(id).orElseThrow();
                Actor newRep = actor(accepted.getPersonId());
                onboarding.tick(newRep, id, Onboarding.Step.AGREEMENT);
                onboarding.tick(newRep, id, Onboarding.Step.PROFILE);
                onboarding.preparePack(interviewer, id, who.name() + ", " + who.city() + ", " + who.country(), true,
                        "T-shirt, stickers, lanyard, a notebook", "T-shirt M", "25 EUR");
                onboarding.ship(interviewer, id, "DHL", "JD014600003SE");
            }
            default -> throw new IllegalArgumentException(stage.name());
        }
        return id;
    }

    private Actor actor(Long personId) {
        return people.actorFor(personId).orElseThrow();
    }

    private static InterviewRecord record(int score, Outcome recommendation, String reason) {
        return new InterviewRecord(List.of(score, score, Math.max(1, score - 1), score, score), List.of(), List.of(),
                recommendation, reason);
    }

    private static ApplicationRequest request(Applicant who) {
        String slug = who.email().substring(0, who.email().indexOf('@'));
        return new ApplicationRequest(who.name(), who.email(), who.region(), who.country(), who.city(), who.languages(),
                who.timeZone(), who.functionalAreas(), true, 18,
                new Answers("I want more people in my city to find their way into the project.",
                        "Translated the help pages and organised three release parties.",
                        "I help at the local open data group.",
                        "Start a monthly meetup and a university club.",
                        "Through the university's student groups and a newcomers' evening every month."),
                List.of("https://example.org/people/" + slug),
                List.of(new ApplicationRequest.RefereeRequest(who.refereeName(), who.refereeEmail())));
    }
}
