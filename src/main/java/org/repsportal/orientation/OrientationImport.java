package org.repsportal.orientation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.repsportal.library.Library;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records orientations that are already under way (demo programs, moving a program's records into the
 * portal), through the aggregate's own transitions but without the nomination rules: the people are
 * trusted to be mentors in orientation already.
 */
@Service
public class OrientationImport {

    /**
     * A mentor in orientation since {@code startedOn}, with the steps done so far and when; reading steps
     * record the page's current version.
     */
    public record ImportedOrientation(long personId, MentorNominationKind kind, long nominatedBy, String reason, long appointedBy,
                                      LocalDate startedOn, Map<OrientationStep, LocalDate> done) {
    }

    private final OrientationRepository orientations;
    private final Library library;

    OrientationImport(OrientationRepository orientations, Library library) {
        this.orientations = orientations;
        this.library = library;
    }

    @Transactional
    public Orientation importInProgress(ImportedOrientation imported) {
        Instant nominatedAt = imported.startedOn().minusWeeks(2).atTime(12, 0).toInstant(ZoneOffset.UTC);
        Orientation orientation = orientations.saveAndFlush(Orientation.nominate(imported.personId(), imported.kind(),
                imported.nominatedBy(), imported.reason(), nominatedAt));
        orientation.appoint(imported.appointedBy(), imported.startedOn().atTime(12, 0).toInstant(ZoneOffset.UTC),
                imported.startedOn());
        orientation.startOrientation(imported.startedOn());
        for (OrientationStep step : OrientationStep.values()) {
            LocalDate on = imported.done().get(step);
            if (on == null) {
                continue;
            }
            Integer version = step.pageSlug() == null ? null : library.currentVersion(step.pageSlug());
            Long confirmedBy = step.selfService() ? null : imported.appointedBy();
            orientation.completeStep(step, on, on.atTime(15, 0).toInstant(ZoneOffset.UTC), confirmedBy,
                    version == null ? null : "Read version " + version, version);
        }
        if (orientation.allStepsDone()) {
            orientation.completeOrientation(imported.done().values().stream().max(LocalDate::compareTo).orElseThrow());
        }
        return orientations.save(orientation);
    }
}
