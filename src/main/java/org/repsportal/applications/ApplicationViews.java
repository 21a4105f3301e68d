package org.repsportal.applications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.people.Actor;
import org.repsportal.people.Catalog;
import org.repsportal.people.People;
import org.repsportal.people.PersonSummary;
import org.repsportal.people.Role;
import org.repsportal.platform.Texts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** What the applicant's status page and the Council's and interviewer's page show, read once per page. */
@Component
@Transactional(readOnly = true)
class ApplicationViews {

    /** The scores of every reviewer for one criterion, and whether they disagree (two points or more apart). */
    record CriterionRow(String key, List<Integer> scores, List<String> notes, boolean disagree) {
    }

    record Earlier(ApplicationState state, Outcome outcome, java.time.Instant decidedAt, String reason, String workOn,
                   java.time.LocalDate reapplyAfter) {
    }

    record SuggestionView(long mentorId, String name, int score, List<String> reasons) {
    }

    /** A mentor the Council may give an accepted applicant: the interviewer first (full or not), then the ranking. */
    record MentorChoice(long mentorId, String name, boolean interviewer, boolean full, List<String> reasons) {
    }

    private final ApplicationRepository applications;
    private final RefereeRepository referees;
    private final InterviewSlotRepository slots;
    private final ScorecardRepository scorecards;
    private final ApplicationQueries queries;
    private final ApplicationsProperties properties;
    private final People people;
    private final org.repsportal.people.PersonPicker picker;
    private final Catalog catalog;
    private final Texts texts;
    private final Clock clock;

    ApplicationViews(ApplicationRepository applications, RefereeRepository referees, InterviewSlotRepository slots,
                     ScorecardRepository scorecards, ApplicationQueries queries, ApplicationsProperties properties,
                     People people, Catalog catalog, Texts texts, Clock clock, org.repsportal.people.PersonPicker picker) {
        this.picker = picker;
        this.applications = applications;
        this.referees = referees;
        this.slots = slots;
        this.scorecards = scorecards;
        this.queries = queries;
        this.properties = properties;
        this.people = people;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
    }

    void status(Application a, Model model) {
        List<Referee> refs = referees.findByApplicationIdOrderByPosition(a.getId());
        List<InterviewSlot> offered = slots.findByApplicationIdAndWithdrawnFalseOrderByStartsAt(a.getId());
        boolean interviewed = scorecards.existsByApplicationId(a.getId());
        model.addAttribute("app", a);
        model.addAttribute("timeline", Timeline.of(a, refs, offered, interviewed, properties));
        model.addAttribute("referees", refs);
        model.addAttribute("slots", a.getState() == ApplicationState.INTERVIEW ? offered : List.of());
        model.addAttribute("picked", offered.stream().filter(InterviewSlot::isPicked).findFirst().orElse(null));
        model.addAttribute("interviewer", a.getInterviewerId() == null ? null : people.get(a.getInterviewerId()).getDisplayName());
        model.addAttribute("mayWithdraw", ApplicationState.BEFORE_DECISION.contains(a.getState()));
        model.addAttribute("mayCorrect", a.getState() == ApplicationState.SUBMITTED || a.getState() == ApplicationState.SCREENING
                || (a.getState() == ApplicationState.INTERVIEW && !interviewed));
        model.addAttribute("earlier", earlier(a));
        model.addAttribute("zone", ApplicationMail.zoneOf(a.getTimeZone()));
    }

    void page(Actor actor, Application a, Model model) {
        status(a, model);
        List<Scorecard> cards = scorecards.findByApplicationIdOrderByRecordedAt(a.getId());
        Set<Long> ids = new HashSet<>();
        cards.forEach(c -> ids.add(c.getReviewerId()));
        Map<Long, PersonSummary> names = people.summaries(ids);
        model.addAttribute("cards", cards);
        model.addAttribute("reviewers", cards.stream().map(c -> names.get(c.getReviewerId()).displayName()).toList());
        model.addAttribute("criteria", criteria(cards));
        model.addAttribute("recommendationsDiffer", cards.stream().map(Scorecard::getRecommendation).distinct().count() > 1);
        model.addAttribute("isCouncil", actor.has(Role.COUNCIL));
        model.addAttribute("isInterviewer", a.getInterviewerId() != null && actor.is(a.getInterviewerId()));
        model.addAttribute("mayDecide", ApplicationAccessPolicy.mayDecide(actor, a, properties.mentorDecides()).allowed()
                && (a.getState() == ApplicationState.SCREENING || a.getState() == ApplicationState.INTERVIEW));
        model.addAttribute("myCard", cards.stream().filter(c -> c.getReviewerId() == actor.personId()).findFirst().orElse(null));
        model.addAttribute("regionName", catalog.regionName(a.getRegionCode()));
        model.addAttribute("countryName", catalog.countryName(a.getCountryCode()));
        model.addAttribute("languageNames", a.getLanguages().stream().map(catalog::languageName).toList());
        model.addAttribute("areaNames", a.getFunctionalAreas().stream().map(catalog::areaName).toList());
        boolean assignable = actor.has(Role.COUNCIL) && (a.getState() == ApplicationState.SCREENING
                || (a.getState() == ApplicationState.INTERVIEW && model.getAttribute("picked") == null && cards.isEmpty()));
        List<SuggestionView> suggestions = assignable ? suggestions(a) : List.of();
        model.addAttribute("suggestions", suggestions);
        boolean mayAccept = Boolean.TRUE.equals(model.getAttribute("mayDecide")) && actor.has(Role.COUNCIL) && !cards.isEmpty();
        List<MentorChoice> choices = mayAccept ? mentorChoices(a) : List.of();
        model.addAttribute("mentorChoices", choices);
        // the mentors offered are told apart as every person picker tells them apart (two of one name, say)
        var offered = new java.util.ArrayList<Long>();
        suggestions.forEach(s -> offered.add(s.mentorId()));
        choices.forEach(c -> offered.add(c.mentorId()));
        model.addAttribute("mentorLabels", picker.labels(offered));
        model.addAttribute("criteriaKeys", Answers.CRITERIA);
        model.addAttribute("today", java.time.LocalDate.now(clock));
    }

    List<SuggestionView> suggestions(Application a) {
        return ranked(a, queries.candidates()).stream()
                .limit(10)
                .map(s -> new SuggestionView(s.mentorId(), s.name(), s.score(), words(s.reasons())))
                .toList();
    }

    /**
     * Whom the Council may make the accepted applicant's mentor: the interviewer, marked when they have no place left,
     * then the best-ranked others with a place (the interviewer ranking's order and reasons).
     */
    List<MentorChoice> mentorChoices(Application a) {
        List<InterviewerRanking.Candidate> candidates = queries.candidates();
        var choices = new ArrayList<MentorChoice>();
        Long interviewer = a.getInterviewerId();
        candidates.stream().filter(c -> interviewer != null && c.id() == interviewer).findFirst().ifPresent(c -> choices.add(
                new MentorChoice(c.id(), c.name(), true, c.mentees() >= c.capacity(),
                        List.of(texts.get("application.suggest.load", c.mentees(), c.capacity(), c.openInterviews())))));
        ranked(a, candidates).stream().filter(s -> interviewer == null || s.mentorId() != interviewer).limit(5)
                .forEach(s -> choices.add(new MentorChoice(s.mentorId(), s.name(), false, false, words(s.reasons()))));
        return choices;
    }

    private List<InterviewerRanking.Suggestion> ranked(Application a, List<InterviewerRanking.Candidate> candidates) {
        return InterviewerRanking.rank(candidates, a.getRegionCode(), Set.copyOf(a.getLanguages()), a.getTimeZone(),
                clock.instant(), catalog::regionName, catalog::languageName);
    }

    private List<String> words(List<InterviewerRanking.Reason> reasons) {
        return reasons.stream().map(r -> texts.get(r.key(), r.args())).toList();
    }

    Earlier earlier(Application a) {
        if (a.getEarlierId() == null) {
            return null;
        }
        return applications.findById(a.getEarlierId())
                .map(e -> new Earlier(e.getState(), e.getOutcome(), e.getDecidedAt() != null ? e.getDecidedAt() : e.getClosedAt(),
                        e.getDecisionReason(), e.getWorkOn(), e.getReapplyAfter()))
                .orElse(null);
    }

    static List<CriterionRow> criteria(List<Scorecard> cards) {
        var rows = new ArrayList<CriterionRow>();
        for (int i = 0; i < Answers.CRITERIA.size(); i++) {
            int index = i;
            List<Integer> scores = cards.stream().map(c -> c.getScores().get(index)).toList();
            List<String> notes = cards.stream().map(c -> index < c.getNotes().size() ? c.getNotes().get(index) : "").toList();
            boolean disagree = scores.size() > 1 && scores.stream().mapToInt(Integer::intValue).max().orElse(0)
                    - scores.stream().mapToInt(Integer::intValue).min().orElse(0) >= 2;
            rows.add(new CriterionRow(Answers.CRITERIA.get(i), scores, notes, disagree));
        }
        return rows;
    }
}
