package org.repsportal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event idiom: an event is given by a transition of its aggregate (an {@code @Entity}) or raised by a
 * listener translating one event into another module's request, and every event has a listener. An event is a
 * top-level record named in the past tense (as {@link PublicTypesTests} recognises them) or a type a listener
 * takes.
 */
class EventIdiomTests {

    private static final Pattern PAST_TENSE = Pattern.compile(".*(ed|Told|Done|Sent|Held|Made|Given|Taken)$");

    /** Records named in the past tense that are values, not events. */
    private static final Set<String> NOT_EVENTS = Set.of(
            "org.repsportal.platform.Elapsed"); // how long ago something happened, for display

    /**
     * Where a service may build an event itself (class.method), each for a reason no aggregate can carry: rows
     * written or swept by one SQL statement, which no entity holds, and the demo program's seeding.
     */
    private static final Set<String> JUSTIFIED = Set.of(
            // a read is one row inserted by SQL (a second read of the same version changes nothing)
            "org.repsportal.library.Library.recordRead",
            // a mentor's escalation closes with the rows one delete removes
            "org.repsportal.checkins.CadenceEscalations.closeIfEmpty",
            // the alumni watch closes the Council's task of a day once every row listed on it is decided
            "org.repsportal.mentorship.AlumniWatch.closeCouncilTaskIfDone",
            // the demo program opens the verification tasks of the reports it files, through the tasks module's request
            "org.repsportal.demo.DemoProgram.openVerificationTasks");

    /**
     * Where a service still builds an event after a {@code void} transition (class.method), mostly the work it
     * asks of the tasks module ({@code TaskRequested}, {@code TaskWorkDone}, {@code TasksHandedOver},
     * {@code TasksWithdrawn}); each moves into its aggregate's transition or a listener on the module's own
     * event. The list only shrinks.
     */
    private static final Set<String> NOT_YET_MOVED = Set.of(
            "org.repsportal.applications.Applications.assignInterviewer",
            "org.repsportal.applications.Applications.closeInterviewTask",
            "org.repsportal.applications.Applications.recordInterview",
            "org.repsportal.applications.Onboarding.changeMentor",
            "org.repsportal.applications.Onboarding.completeIfDone",
            "org.repsportal.applications.Onboarding.confirmReceipt",
            "org.repsportal.applications.Onboarding.requestPack",
            "org.repsportal.applications.Onboarding.watch",
            "org.repsportal.budgets.Budgets.councilDecisionTask",
            "org.repsportal.budgets.Budgets.decide",
            "org.repsportal.budgets.Budgets.review",
            "org.repsportal.budgets.Budgets.submit",
            "org.repsportal.budgets.ReceiptSweep.sweep",
            "org.repsportal.budgets.Receipts.finish",
            "org.repsportal.mentorship.Interims.handBack",
            "org.repsportal.mentorship.ProgramLeavers.leave",
            "org.repsportal.mentorship.StepDowns.completeIfNoMenteeLeft",
            "org.repsportal.orientation.OrientationCalls.invite");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(RepsPortalApplication.class.getPackageName());

    @Test
    void eventsAreGivenByAggregatesOrRaisedByListeners() {
        List<String> raisedElsewhere = events().stream()
                .flatMap(event -> event.getConstructorCallsToSelf().stream())
                .filter(call -> !allowed(call))
                .map(call -> call.getTargetOwner().getSimpleName() + " built in " + site(call))
                .distinct()
                .sorted()
                .toList();

        assertThat(raisedElsewhere)
                .as("events built outside their aggregate's transition: return them from the transition, or raise them in a listener")
                .isEmpty();
    }

    @Test
    void everyEventHasAListener() {
        Set<JavaClass> listened = listenedTypes();
        List<String> unheard = events().stream()
                .filter(event -> listened.stream().noneMatch(type -> event.isAssignableTo(type.getName())))
                .map(JavaClass::getName)
                .sorted()
                .toList();

        assertThat(unheard).as("events no listener hears: remove them rather than publish them into the void").isEmpty();
    }

    @Test
    void theListedPlacesStillBuildEventsAndAreNotAggregatesOrListeners() {
        Set<String> sites = events().stream()
                .flatMap(event -> event.getConstructorCallsToSelf().stream())
                .filter(call -> !isListener(topLevel(call.getOriginOwner()))
                        && !topLevel(call.getOriginOwner()).isAnnotatedWith(Entity.class))
                .map(EventIdiomTests::site)
                .collect(Collectors.toSet());

        assertThat(NOT_YET_MOVED).allSatisfy(site -> assertThat(sites)
                .as(site + " builds no event any more: take it off the list").contains(site));
        assertThat(JUSTIFIED).allSatisfy(site -> assertThat(sites)
                .as(site + " builds no event any more: take it off the list").contains(site));
        assertThat(NOT_YET_MOVED).doesNotContainAnyElementsOf(JUSTIFIED);
    }

    @Test
    void anEventIsAPastTenseRecordOrWhatAListenerTakes() {
        assertThat(events()).extracting(JavaClass::getSimpleName)
                .contains("PersonErased", "TasksWithdrawn", "SopPageRead")
                .doesNotContain("Elapsed", "Concerns");
    }

    private boolean allowed(JavaConstructorCall call) {
        JavaClass owner = topLevel(call.getOriginOwner());
        return owner.isAnnotatedWith(Entity.class)
                || owner.equals(topLevel(call.getTargetOwner()))
                || isListener(owner)
                || NOT_YET_MOVED.contains(site(call))
                || JUSTIFIED.contains(site(call));
    }

    private Set<JavaClass> events() {
        Set<JavaClass> listened = listenedTypes();
        return classes.stream()
                .filter(type -> type.getPackageName().startsWith(RepsPortalApplication.class.getPackageName()))
                .filter(JavaClass::isTopLevelClass)
                .filter(type -> (type.isRecord() && PAST_TENSE.matcher(type.getSimpleName()).matches()) || listened.contains(type))
                .filter(type -> !NOT_EVENTS.contains(type.getName()))
                .collect(Collectors.toCollection(() -> new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()))));
    }

    private Set<JavaClass> listenedTypes() {
        return classes.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(EventIdiomTests::isListener)
                .filter(method -> !method.getRawParameterTypes().isEmpty())
                .map(method -> method.getRawParameterTypes().get(0))
                .collect(Collectors.toSet());
    }

    private static boolean isListener(JavaClass type) {
        return type.getMethods().stream().anyMatch(EventIdiomTests::isListener);
    }

    /** {@code @EventListener} itself or an annotation built on it ({@code @TransactionalEventListener}, {@code @ApplicationModuleListener}). */
    private static boolean isListener(JavaMethod method) {
        return method.isAnnotatedWith(EventListener.class) || method.isMetaAnnotatedWith(EventListener.class);
    }

    private static JavaClass topLevel(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }

    private static String site(JavaConstructorCall call) {
        return topLevel(call.getOriginOwner()).getName() + "." + call.getOrigin().getName();
    }
}
