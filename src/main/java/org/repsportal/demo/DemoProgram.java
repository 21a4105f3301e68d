package org.repsportal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.repsportal.identity.AccessTokens;
import org.repsportal.identity.Accounts;
import org.repsportal.mentorship.AssignmentKind;
import org.repsportal.mentorship.MentorshipImport;
import org.repsportal.mentorship.MentorshipImport.ImportedAssignment;
import org.repsportal.people.Catalog;
import org.repsportal.people.NewPerson;
import org.repsportal.people.People;
import org.repsportal.people.PeopleImport;
import org.repsportal.people.Person;
import org.repsportal.people.PersonStatus;
import org.repsportal.people.Role;
import org.repsportal.reports.ReportsImport;
import org.repsportal.reports.ReportsImport.ImportedReport;
import org.repsportal.tasks.TaskPriority;
import org.repsportal.tasks.TaskRequested;
import org.repsportal.tasks.TaskType;
import org.repsportal.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a believable program: the five demo accounts of the API contract, a Council, mentors in every
 * region, Reps with varied languages, areas and join dates, one Rep still waiting for a mentor, and a few
 * alumni. Random but repeatable (a fixed seed), so the demo looks the same on every machine.
 */
@Service
public class DemoProgram {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoProgram.class);
    private static final int REPORTS_PER_BATCH = 20_000;

    private final People people;
    private final PeopleImport peopleImport;
    private final MentorshipImport mentorshipImport;
    private final Accounts accounts;
    private final AccessTokens tokens;
    private final ReportsImport reportsImport;
    private final Tasks tasks;
    private final Catalog catalog;
    private final DemoCheckIns demoCheckIns;
    private final org.repsportal.reports.Reports reportsService;
    private final DemoOrientation orientation;
    private final DemoCouncil council;
    private final DemoBudgets budgets;
    private final DemoAbsences absences;
    private final Clock clock;
    private final DemoMentorship demoMentorship;
    private final DemoApplications demoApplications;
    private final DemoFeedback demoFeedback;

    DemoProgram(People people, PeopleImport peopleImport, MentorshipImport mentorshipImport, Accounts accounts,
                AccessTokens tokens, ReportsImport reportsImport, Tasks tasks, Catalog catalog, DemoCheckIns demoCheckIns,
                DemoOrientation orientation, DemoCouncil council, org.repsportal.reports.Reports reportsService,
                DemoBudgets budgets, DemoAbsences absences, DemoMentorship demoMentorship, DemoApplications demoApplications,
                DemoFeedback demoFeedback, Clock clock) {
        this.demoApplications = demoApplications;
        this.demoFeedback = demoFeedback;
        this.budgets = budgets;
        this.absences = absences;
        this.demoMentorship = demoMentorship;
        this.reportsService = reportsService;
        this.demoCheckIns = demoCheckIns;
        this.people = people;
        this.peopleImport = peopleImport;
        this.mentorshipImport = mentorshipImport;
        this.accounts = accounts;
        this.tokens = tokens;
        this.reportsImport = reportsImport;
        this.tasks = tasks;
        this.catalog = catalog;
        this.orientation = orientation;
        this.council = council;
        this.clock = clock;
    }

    /** The demo program's people, by their part in it. */
    public record Cast(long admin, long council, long mentor, long rep, long newMentor, long unmentoredRep,
                       List<Long> councilMembers, List<Long> mentors, List<Long> reps, List<Long> mentorsMentees) {
    }

    @Transactional
    public Cast seed(int scale) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        var random = new Random(20_261_124L);

        Person admin = named("Alex Admin", "Alex Admin", "admin@example.org", "DE", "Berlin", "Europe/Berlin",
                Set.of("de", "en"), Set.of("DOCUMENTATION"), today.minusYears(6), EnumSet.of(Role.ADMIN));
        Person council = named("Carmen Council", "Carmen Dimitriou", "council@example.org", "GR", "Athens", "Europe/Athens",
                Set.of("el", "en"), Set.of("EVENTS", "COMMUNITY_BUILDING"), today.minusYears(7), EnumSet.of(Role.COUNCIL, Role.MENTOR));
        Person mentor = named("Maya Mentor", "Maya Raghunathan", "mentor@example.org", "IN", "Pune", "Asia/Kolkata",
                Set.of("hi", "en"), Set.of("EDUCATION", "LOCALIZATION"), today.minusYears(5), EnumSet.of(Role.MENTOR));
        Person rep = named("Ravi Rep", "Ravi Deshpande", "rep@example.org", "IN", "Mumbai", "Asia/Kolkata",
                Set.of("hi", "en"), Set.of("EVENTS"), today.minusYears(2), EnumSet.of(Role.REP));
        Person newMentor = named("Nora Newmentor", "Nora Wambui", "newmentor@example.org", "KE", "Nairobi", "Africa/Nairobi",
                Set.of("en", "sw"), Set.of("SUPPORT", "COMMUNITY_BUILDING"), today.minusYears(3), EnumSet.of(Role.MENTOR));

        int repCount = Math.max(60, scale);
        int mentorCount = Math.max(8, repCount / 7);
        int councilCount = 6;
        List<NewPerson> generated = new ArrayList<>();
        for (int i = 0; i < councilCount; i++) {
            generated.add(person(i, random, today, EnumSet.of(Role.REP, Role.MENTOR, Role.COUNCIL), 5, 10, PersonStatus.ACTIVE));
        }
        for (int i = 0; i < mentorCount; i++) {
            generated.add(person(councilCount + i, random, today, EnumSet.of(Role.REP, Role.MENTOR), 2, 8, PersonStatus.ACTIVE));
        }
        int alumni = Math.max(3, repCount / 20);
        for (int i = 0; i < repCount; i++) {
            boolean alumnus = i >= repCount - alumni;
            generated.add(person(councilCount + mentorCount + i, random, today,
                    alumnus ? EnumSet.of(Role.ALUMNI) : EnumSet.of(Role.REP), 0, 6,
                    alumnus ? PersonStatus.ALUMNI : PersonStatus.ACTIVE));
        }
        List<Long> ids = peopleImport.importAll(generated);
        List<Long> councilMembers = ids.subList(0, councilCount);
        List<Long> mentors = ids.subList(councilCount, councilCount + mentorCount);
        List<Long> reps = ids.subList(councilCount + mentorCount, councilCount + mentorCount + repCount - alumni);
        List<Long> alumniIds = ids.subList(councilCount + mentorCount + repCount - alumni, ids.size());

        var assignments = new ArrayList<ImportedAssignment>();
        // the Council's own mentors are fellow Council members; mentors are mentored by the Council
        for (int i = 0; i < councilMembers.size(); i++) {
            assignments.add(ImportedAssignment.current(councilMembers.get(i), councilMembers.get((i + 1) % councilCount),
                    today.minusYears(4), "Council peer mentoring"));
        }
        assignments.add(ImportedAssignment.current(council.getId(), councilMembers.get(0), today.minusYears(5), "Council peer mentoring"));
        assignments.add(ImportedAssignment.current(mentor.getId(), council.getId(), today.minusYears(3), "Mentor of mentors in Asia"));
        assignments.add(ImportedAssignment.current(newMentor.getId(), council.getId(), today.minusMonths(2), "New mentor guidance"));
        // the Council mentors the first mentors, and every mentor at most two others, so that no one's load grows
        // with the size of the program
        for (int i = 0; i < mentors.size(); i++) {
            long mentorsMentor = i < 2 * councilCount ? councilMembers.get(i % councilCount) : mentors.get(i / 2 - councilCount);
            assignments.add(ImportedAssignment.current(mentors.get(i), mentorsMentor, today.minusYears(2), "Mentor of mentors"));
        }

        // rep@example.org was first mentored by someone who stepped down, then by mentor@example.org
        long formerMentor = mentors.get(0);
        assignments.add(new ImportedAssignment(rep.getId(), formerMentor, AssignmentKind.PERMANENT, rep.getJoinedOn(),
                "Interviewed and onboarded by this mentor", today.minusMonths(14), "Mentor stepped down"));
        assignments.add(ImportedAssignment.current(rep.getId(), mentor.getId(), today.minusMonths(14), "Reassigned: same region and languages"));

        long unmentored = reps.get(reps.size() - 1);
        var mentorPool = new ArrayList<Long>(mentors);
        mentorPool.addAll(councilMembers);
        var mentorsMentees = new ArrayList<Long>(List.of(rep.getId()));
        int mentorsShare = 5;
        for (int i = 0; i < reps.size() - 1; i++) {
            long mentee = reps.get(i);
            long chosen;
            if (i < mentorsShare) {
                chosen = mentor.getId();
                mentorsMentees.add(mentee);
            } else {
                chosen = mentorPool.get(i % mentorPool.size());
            }
            assignments.add(ImportedAssignment.current(mentee, chosen, generated.get(councilCount + mentorCount + i).joinedOn(),
                    "Assigned at onboarding"));
        }
        for (int i = 0; i < alumniIds.size(); i++) {
            NewPerson alumnus = generated.get(councilCount + mentorCount + reps.size() + i);
            assignments.add(new ImportedAssignment(alumniIds.get(i), mentors.get(i % mentors.size()), AssignmentKind.PERMANENT,
                    alumnus.joinedOn(), "Assigned at onboarding", today.minusMonths(3), "Became alumni"));
        }
        mentorshipImport.importAll(assignments);

        var reports = new ArrayList<ImportedReport>();
        var patterns = new LinkedHashMap<Long, DemoActivity.Pattern>();
        for (int i = 0; i < councilCount + mentorCount + reps.size(); i++) {
            patterns.put(ids.get(i), DemoActivity.randomPattern(random));
        }
        patterns.put(unmentored, new DemoActivity.Pattern(400, 10));
        // mentor@example.org's mentees: Ravi reports weekly, one is quiet for about 5 weeks, one for about 10
        patterns.put(rep.getId(), new DemoActivity.Pattern(3, 7));
        patterns.put(mentorsMentees.get(1), new DemoActivity.Pattern(36, 9));
        patterns.put(mentorsMentees.get(2), new DemoActivity.Pattern(71, 12));
        for (int i = 3; i < mentorsMentees.size(); i++) {
            patterns.put(mentorsMentees.get(i), new DemoActivity.Pattern(2 + i, 8));
        }
        // one Rep of the wider program has been silent for about eleven and a half months: the alumni watch tells them
        long silentRep = reps.get(reps.size() - 2);
        patterns.put(silentRep, new DemoActivity.Pattern(350, 10));
        patterns.put(council.getId(), new DemoActivity.Pattern(4, 6));
        patterns.put(mentor.getId(), new DemoActivity.Pattern(2, 6));
        patterns.put(newMentor.getId(), new DemoActivity.Pattern(9, 10));
        Map<Long, LocalDate> joinedOn = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            joinedOn.put(ids.get(i), generated.get(i).joinedOn());
        }
        for (Person named : List.of(council, mentor, rep, newMentor)) {
            joinedOn.put(named.getId(), named.getJoinedOn());
        }
        // imported a few hundred people at a time, so that a large demo program never holds its reports in memory
        var menteesReports = new ArrayList<ImportedReport>();
        var menteesReportIds = new ArrayList<Long>();
        for (Map.Entry<Long, DemoActivity.Pattern> entry : patterns.entrySet()) {
            reports.addAll(DemoActivity.reports(entry.getKey(), joinedOn.get(entry.getKey()), entry.getValue(), today, random));
            if (reports.size() >= REPORTS_PER_BATCH) {
                importReports(reports, mentorsMentees, menteesReports, menteesReportIds);
            }
        }
        importReports(reports, mentorsMentees, menteesReports, menteesReportIds);
        openVerificationTasks(menteesReports, menteesReportIds, mentorsMentees, mentor.getId(), today);
        demoCheckIns.seed(mentor.getId(), mentorsMentees);

        for (Person person : List.of(admin, council, mentor, rep, newMentor)) {
            accounts.open(person.getId(), person.getEmail(), PASSWORD);
            String local = person.getEmail().substring(0, person.getEmail().indexOf('@'));
            tokens.issue(person.getId(), "demo", "demo-" + local);
        }
        Map<Long, String> emails = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            emails.put(ids.get(i), generated.get(i).email());
        }
        accounts.openAllWithHash(emails, accounts.hashOf(PASSWORD));

        var cast = new Cast(admin.getId(), council.getId(), mentor.getId(), rep.getId(), newMentor.getId(), unmentored,
                List.copyOf(councilMembers), List.copyOf(mentors), List.copyOf(reps), List.copyOf(mentorsMentees));
        orientation.seed(cast, today);
        this.council.seed(cast);
        budgets.seed(cast);
        absences.seed(cast, today);
        demoMentorship.seed(cast, reps.get(reps.size() - 3), today);
        demoApplications.seed(cast);
        demoFeedback.seed(cast);
        demoCheckIns.seedProgram(mentor.getId(), List.of(mentors.get(1), mentors.get(2), councilMembers.get(1)), today);

        log.info("Seeded the demo program: {} people, {} mentors, {} Reps in {} ms", ids.size() + 5,
                mentors.size() + councilCount + 3, reps.size() + 1, (System.nanoTime() - started) / 1_000_000);
        return cast;
    }

    /** Recent verifiable activities of mentor@example.org's mentees wait for the mentor's verification. */
    private void importReports(List<ImportedReport> batch, List<Long> mentorsMentees, List<ImportedReport> menteesReports,
                               List<Long> menteesReportIds) {
        List<Long> ids = reportsImport.importAll(batch);
        for (int i = 0; i < batch.size(); i++) {
            if (mentorsMentees.contains(batch.get(i).personId())) {
                menteesReports.add(batch.get(i));
                menteesReportIds.add(ids.get(i));
            }
        }
        batch.clear();
    }

    private void openVerificationTasks(List<ImportedReport> reports, List<Long> reportIds, List<Long> mentees, long mentorId,
                                       LocalDate today) {
        var names = people.summaries(mentees);
        for (int i = 0; i < reports.size(); i++) {
            ImportedReport report = reports.get(i);
            boolean recent = report.report().date().isAfter(today.minusDays(14));
            if (recent && mentees.contains(report.personId())
                    && catalog.activityType(report.report().activity()).map(Catalog.ActivityType::verifiable).orElse(false)) {
                tasks.open(new TaskRequested(TaskType.ACTIVITY_VERIFICATION,
                        reportsService.verificationTitle(catalog.activityType(report.report().activity()).orElseThrow().name(),
                                names.get(report.personId()).displayName(), report.report().date()),
                        report.personId(), mentorId, TaskPriority.NORMAL, report.report().date().plusDays(14),
                        "report:" + reportIds.get(i) + ":verify", Set.of()));
            }
        }
    }

    private Person named(String displayName, String fullName, String email, String country, String city, String zone,
                         Set<String> languages, Set<String> areas, LocalDate joined, Set<Role> roles) {
        return people.register(new NewPerson(displayName, fullName, email, country, city, zone, languages, areas,
                DemoNames.BIOS.get(Math.abs(email.hashCode()) % DemoNames.BIOS.size()), joined, roles, PersonStatus.ACTIVE));
    }

    private static NewPerson person(int index, Random random, LocalDate today, Set<Role> roles, int minYears, int maxYears,
                                    PersonStatus status) {
        String region = DemoNames.REGIONS.get(index % DemoNames.REGIONS.size());
        List<DemoNames.Place> places = DemoNames.PLACES.get(region);
        DemoNames.Place place = places.get(random.nextInt(places.size()));
        String given = DemoNames.given(region, random);
        String family = DemoNames.family(region, random);
        var languages = new LinkedHashSet<>(place.languages().subList(0, 1 + random.nextInt(place.languages().size())));
        var areas = new LinkedHashSet<String>();
        int areaCount = 1 + random.nextInt(3);
        while (areas.size() < areaCount) {
            areas.add(DemoNames.AREAS.get(random.nextInt(DemoNames.AREAS.size())));
        }
        int days = minYears * 365 + random.nextInt(Math.max(1, (maxYears - minYears) * 365));
        LocalDate joined = today.minusDays(Math.max(10, days));
        String email = ascii(given + "." + family).toLowerCase().replace(' ', '-') + "." + index + "@example.org";
        return new NewPerson(given + " " + family.charAt(0) + ".", given + " " + family, email, place.countryCode(),
                place.city(), place.timeZone(), languages, areas, DemoNames.BIOS.get(random.nextInt(DemoNames.BIOS.size())),
                joined, roles, status);
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
