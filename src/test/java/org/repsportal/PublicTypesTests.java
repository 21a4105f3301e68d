package org.repsportal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's public types are exactly what other modules use: every public type of a module is used by at
 * least one other module (nested types go with the type they are part of). Events (records named in the past
 * tense), configuration properties and package-info are their own kind of API and excepted.
 */
class PublicTypesTests {

    private static final Pattern PAST_TENSE = Pattern.compile(".*(ed|Told|Done|Sent|Held|Made|Given|Taken)$");

    /**
     * Public only because tests of other modules reach them (fixtures, seeded-data checks); each goes
     * package-private when those tests use the module's own API. The list only shrinks.
     */
    private static final Set<String> REACHED_BY_OTHER_MODULES_TESTS = Set.of(
            "org.repsportal.checkins.CheckIn", "org.repsportal.checkins.CheckInNotes",
            "org.repsportal.demo.DemoProgram",
            "org.repsportal.library.LibraryQueries", "org.repsportal.library.ResourceListing", "org.repsportal.library.SopPage",
            "org.repsportal.mentorship.MentorAssignment",
            "org.repsportal.orientation.Checklist", "org.repsportal.orientation.OrientationQueries",
            "org.repsportal.people.ProfileView", "org.repsportal.people.Profiles",
            "org.repsportal.tasks.TaskSummary");

    private final ApplicationModules modules = ApplicationModules.of(RepsPortalApplication.class);
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(RepsPortalApplication.class.getPackageName());

    @Test
    void everyPublicTypeOfAModuleIsUsedByAnotherModule() {
        List<String> unused = classes.stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
                .filter(type -> !type.getPackageName().equals(RepsPortalApplication.class.getPackageName()))
                .filter(type -> modules.getModuleByType(type.getName()).isPresent())
                .filter(type -> !isEvent(type) && !type.isAnnotatedWith(ConfigurationProperties.class))
                .filter(type -> !usedByAnotherModule(type))
                .map(JavaClass::getName)
                .filter(name -> !REACHED_BY_OTHER_MODULES_TESTS.contains(name))
                .sorted()
                .toList();

        assertThat(unused).as("public types that no other module uses: make them package-private").isEmpty();
    }

    @Test
    void theTypesReachedOnlyByOtherModulesTestsAreStillPublicAndStillUnusedByOtherModules() {
        assertThat(REACHED_BY_OTHER_MODULES_TESTS).allSatisfy(name -> {
            JavaClass type = classes.get(name);
            assertThat(type.getModifiers()).as(name + " is package-private now: take it off the list").contains(JavaModifier.PUBLIC);
            assertThat(usedByAnotherModule(type)).as(name + " is used by another module now: take it off the list").isFalse();
        });
    }

    @Test
    void anEventIsARecordNamedInThePastTense() {
        JavaClass concernRaised = classes.get("org.repsportal.concerns.ConcernRaised");
        JavaClass concerns = classes.get("org.repsportal.concerns.Concerns");

        assertThat(isEvent(concernRaised)).isTrue();
        assertThat(isEvent(concerns)).isFalse();
    }

    /** An event: a record named in the past tense . */
    private static boolean isEvent(JavaClass type) {
        return type.isRecord() && PAST_TENSE.matcher(type.getSimpleName()).matches();
    }

    /** Whether code of another module depends on the type or on one of its nested types. */
    private boolean usedByAnotherModule(JavaClass type) {
        return type.getDirectDependenciesToSelf().stream().anyMatch(d -> !sameModule(d.getOriginClass(), type))
                || type.getSubclasses().stream().anyMatch(sub -> !sameModule(sub, type))
                || classes.stream().filter(nested -> nested.getName().startsWith(type.getName() + "$"))
                .anyMatch(nested -> nested.getDirectDependenciesToSelf().stream().anyMatch(d -> !sameModule(d.getOriginClass(), type)));
    }

    private boolean sameModule(JavaClass a, JavaClass b) {
        return module(a).equals(module(b));
    }

    private String module(JavaClass type) {
        return modules.getModuleByType(type.getName()).map(ApplicationModule::getIdentifier).map(Object::toString).orElse("");
    }
}
