package org.repsportal.mentorship;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.repsportal.people.Actor;
import org.repsportal.people.Availability;
import org.repsportal.people.Catalog;
import org.repsportal.platform.Decision;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.RuleViolationException;
import org.repsportal.platform.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks mentors for mentees and explains each proposal. A mentor is excluded when full, not ready by the
 * orientation rule, away during the period, dismissed for that mentee, or the mentee's current mentor; the
 * others are scored by spare capacity, region, shared languages, time-zone distance and shared functional
 * areas, weighted by configuration. Any number of mentees is ranked in the same five queries.
 */
@Service
@Transactional(readOnly = true)
class MentorProposals {

    /** How far ahead a mentee needs the mentor when no period is given. */
    static final int DEFAULT_PERIOD_DAYS = 90;

    record Profile(long id, String name, String region, String timeZone, Set<String> languages, Set<String> areas,
                   long load, int capacity, Long currentMentorId) {
    }

    private final JdbcClient jdbc;
    private final MentorshipProperties properties;
    private final Mentorships mentorships;
    private final ObjectProvider<Availability> availability;
    private final Catalog catalog;
    private final Texts texts;
    private final Clock clock;

    MentorProposals(JdbcClient jdbc, MentorshipProperties properties, Mentorships mentorships,
                    ObjectProvider<Availability> availability, Catalog catalog, Texts texts, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.mentorships = mentorships;
        this.availability = availability;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
    }

    /** The mentee, their current mentor, the Council and Admins may see the proposals for a mentee. */
    static Decision mayView(Actor actor, long menteeId, Long currentMentorId) {
        if (actor.isCouncilOrAdmin() || actor.is(menteeId) || (currentMentorId != null && actor.is(currentMentorId))) {
            return Decision.allow();
        }
        return Decision.refuse("policy.mentorship.proposals-private");
    }

    /** Mentors proposed for one mentee, best first. */
    public List<Proposal> forMentee(Actor actor, long menteeId) {
        Long current = mentorships.currentMentorOf(menteeId).orElse(null);
        if (mayView(actor, menteeId, current).refused()) {
            throw new NotFoundException("Person", menteeId);
        }
        LocalDate today = LocalDate.now(clock);
        return rank(List.of(menteeId), today, today.plusDays(DEFAULT_PERIOD_DAYS)).getOrDefault(menteeId, List.of());
    }

    /** The Reps waiting for a mentor for whom this mentor is proposed, best first (the mentor, Council, Admins). */
    public List<Proposal> forMentor(Actor actor, long mentorId) {
        if (!actor.is(mentorId) && !actor.isCouncilOrAdmin()) {
            throw new NotFoundException("Person", mentorId);
        }
        List<Long> waiting = jdbc.sql("""
                        select p.id from people p
                        join person_roles r on r.person_id = p.id and r.role = 'REP'
                        left join %s a on a.mentee_id = p.id
                        left join people m on m.id = a.mentor_id
                        where p.status = 'ACTIVE' and (a.id is null or m.status <> 'ACTIVE'
                              or not exists (select 1 from person_roles mr where mr.person_id = m.id and mr.role = 'MENTOR'))
                        order by p.joined_on, p.id limit 200""".formatted(MentorshipQueries.CURRENT))
                .param("today", LocalDate.now(clock)).query(Long.class).list();
        LocalDate today = LocalDate.now(clock);
        var result = new ArrayList<Proposal>();
        rank(waiting, today, today.plusDays(DEFAULT_PERIOD_DAYS)).values()
                .forEach(list -> list.stream().filter(p -> p.mentorId() == mentorId).forEach(result::add));
        result.sort(Comparator.comparingInt(Proposal::score).reversed().thenComparingLong(Proposal::menteeId));
        return result;
    }

    /** The best proposal for each of the given mentees that has one (for the Council's lists). */
    public Map<Long, Proposal> bestFor(Collection<Long> menteeIds) {
        LocalDate today = LocalDate.now(clock);
        var best = new HashMap<Long, Proposal>();
        rank(menteeIds, today, today.plusDays(DEFAULT_PERIOD_DAYS)).forEach((mentee, list) -> {
            if (!list.isEmpty()) {
                best.put(mentee, list.get(0));
            }
        });
        return best;
    }

    /** The Council dismisses a proposal with a reason; that mentor is not proposed for that mentee again. */
    @Transactional
    public void dismiss(Actor actor, long menteeId, long mentorId, String reason) {
        MentorAssignmentPolicy.mayAssign(actor).orForbid();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("policy.mentorship.dismiss-needs-reason");
        }
        if (reason.strip().length() > 500) {
            throw new RuleViolationException("policy.mentorship.dismiss-reason-long");
        }
        long known = jdbc.sql("select count(*) from people where id = any(?)")
                .param(new Long[] {menteeId, mentorId}).query(Long.class).single();
        if (known < (menteeId == mentorId ? 1 : 2)) {
            throw new org.repsportal.platform.NotFoundException("Person", known == 0 ? menteeId : mentorId);
        }
        jdbc.sql("""
                        insert into proposal_dismissals (mentee_id, mentor_id, reason, dismissed_by, dismissed_at)
                        values (?, ?, ?, ?, ?) on conflict (mentee_id, mentor_id) do nothing""")
                .param(menteeId).param(mentorId).param(reason.strip()).param(actor.personId())
                .param(Timestamp.from(clock.instant())).update();
    }

    /**
     * Ranks the mentors for each mentee who need one between {@code from} and {@code to}: five queries
     * (mentees, mentors, dismissals, readiness, absences) whatever the numbers.
     */
    public Map<Long, List<Proposal>> rank(Collection<Long> menteeIds, LocalDate from, LocalDate to) {
        var result = new LinkedHashMap<Long, List<Proposal>>();
        if (menteeIds.isEmpty()) {
            return result;
        }
        LocalDate today = LocalDate.now(clock);
        List<Profile> mentees = profiles("p.id = any(:ids)", today, menteeIds.toArray(Long[]::new));
        List<Profile> mentors = profiles("""
                p.status = 'ACTIVE' and exists (select 1 from person_roles r where r.person_id = p.id and r.role = 'MENTOR')""",
                today, null);
        Set<String> dismissed = new HashSet<>();
        jdbc.sql("select mentee_id, mentor_id from proposal_dismissals where mentee_id = any(:ids)")
                .param("ids", menteeIds.toArray(Long[]::new))
                .query((rs, n) -> dismissed.add(rs.getLong(1) + ":" + rs.getLong(2))).list();
        List<Long> mentorIds = mentors.stream().map(Profile::id).toList();
        Set<Long> notReady = mentorships.notReadyForNewMentees(mentorIds);
        Set<Long> away = availability.getIfAvailable(() -> Availability.EVERYONE_AVAILABLE).awayDuring(from, to, mentorIds);
        Instant now = clock.instant();
        for (Profile mentee : mentees) {
            var proposals = new ArrayList<Proposal>();
            for (Profile mentor : mentors) {
                if (mentor.id() == mentee.id() || Long.valueOf(mentor.id()).equals(mentee.currentMentorId())
                        || Long.valueOf(mentee.id()).equals(mentor.currentMentorId())
                        || dismissed.contains(mentee.id() + ":" + mentor.id())) {
                    continue;
                }
                Proposal proposal = assess(mentee, mentor, notReady.contains(mentor.id()), away.contains(mentor.id()), now);
                if (proposal != null) {
                    proposals.add(proposal);
                }
            }
            proposals.sort(Comparator.comparingInt(Proposal::score).reversed()
                    .thenComparing(Proposal::mentorName, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Proposal::mentorId));
            result.put(mentee.id(), proposals);
        }
        return result;
    }

    /** The proposal of one mentor for one mentee, or null when a factor excludes the mentor. */
    Proposal assess(Profile mentee, Profile mentor, boolean notReady, boolean away, Instant now) {
        var weights = properties.weights();
        var factors = new ArrayList<ProposalFactor>();
        var weighted = new ArrayList<Double>();
        for (ProposalFactor excluding : List.of(
                ProposalFactor.OrientationCompletePolicy.assess(!notReady),
                ProposalFactor.NotAwayPolicy.assess(away))) {
            if (excluding.excludes()) {
                return null;
            }
        }
        add(factors, weighted, ProposalFactor.SpareCapacityPolicy.assess(mentor.load(), mentor.capacity()), weights.spareCapacity());
        add(factors, weighted, ProposalFactor.SharedLanguagesPolicy.assess(mentor.languages(), mentee.languages(), catalog::languageName), weights.languages());
        add(factors, weighted, ProposalFactor.TimeZoneDistancePolicy.assess(mentor.timeZone(), mentee.timeZone(), now), weights.timeZone());
        add(factors, weighted, ProposalFactor.SameRegionPolicy.assess(mentor.region(), mentee.region(), catalog.regionName(mentor.region())), weights.region());
        add(factors, weighted, ProposalFactor.SharedFunctionalAreasPolicy.assess(mentor.areas(), mentee.areas(), catalog::areaName), weights.functionalAreas());
        if (factors.stream().anyMatch(ProposalFactor::excludes)) {
            return null;
        }
        double total = weighted.stream().mapToDouble(Double::doubleValue).sum();
        int score = weights.total() <= 0 ? 0 : (int) Math.round(100 * total / weights.total());
        List<String> reasons = factors.stream().filter(ProposalFactor::hasReason)
                .map(f -> texts.get(f.reasonKey(), f.args().toArray())).toList();
        return new Proposal(mentee.id(), mentor.id(), mentor.name(), score, reasons);
    }

    private static void add(List<ProposalFactor> factors, List<Double> weighted, ProposalFactor factor, double weight) {
        factors.add(factor);
        weighted.add(factor.excludes() ? 0 : factor.fraction() * weight);
    }

    private List<Profile> profiles(String where, LocalDate today, Long[] ids) {
        var query = jdbc.sql("""
                        with cur as %s
                        select p.id, p.display_name, c.region_code, p.time_zone,
                               array(select l.language_code from person_languages l where l.person_id = p.id) as languages,
                               array(select f.area_code from person_functional_areas f where f.person_id = p.id) as areas,
                               coalesce(n.mentees, 0) as load, coalesce(mc.capacity, :capacity) as capacity,
                               own.mentor_id as current_mentor_id
                        from people p
                        join countries c on c.code = p.country_code
                        left join (select mentor_id, count(*) as mentees from cur group by mentor_id) n on n.mentor_id = p.id
                        left join mentor_capacities mc on mc.mentor_id = p.id
                        left join cur own on own.mentee_id = p.id
                        where %s
                        order by p.id""".formatted(MentorshipQueries.CURRENT, where))
                .param("today", today).param("capacity", properties.defaultCapacity());
        if (ids != null) {
            query = query.param("ids", ids);
        }
        return query.query((rs, n) -> new Profile(rs.getLong("id"), rs.getString("display_name"), rs.getString("region_code"),
                        rs.getString("time_zone"), codes(rs.getArray("languages")), codes(rs.getArray("areas")),
                        rs.getLong("load"), rs.getInt("capacity"), (Long) rs.getObject("current_mentor_id")))
                .list();
    }

    private static Set<String> codes(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.stream((Object[]) array.getArray()).map(o -> o.toString().strip()).toList());
    }
}
