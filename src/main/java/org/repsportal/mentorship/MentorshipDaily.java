package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * The day's mentorship work: ended interims handed back, changes of mentor that waited too long sent to the
 * Council, step-downs whose last day passed, the orphan watch and the alumni watch.
 */
@Service
class MentorshipDaily {

    /** What one run did. */
    public record Run(int handedBack, int sentToCouncil, int steppedDown, int orphans, AlumniWatch.Run alumni) {
    }

    private final Interims interims;
    private final Reassignments reassignments;
    private final OrphanWatch orphans;
    private final AlumniWatch alumni;
    private final StepDowns stepDowns;
    private final Clock clock;

    MentorshipDaily(Interims interims, Reassignments reassignments, StepDowns stepDowns, OrphanWatch orphans,
                    AlumniWatch alumni, Clock clock) {
        this.stepDowns = stepDowns;
        this.interims = interims;
        this.reassignments = reassignments;
        this.orphans = orphans;
        this.alumni = alumni;
        this.clock = clock;
    }

    public Run run(LocalDate today) {
        int handedBack = interims.handBack(today);
        int sent = reassignments.sendOverdueToCouncil(clock.instant());
        // before the orphan watch, so the mentees a step-down left are on it the same day
        int steppedDown = stepDowns.lastDaysPassed(today);
        int waiting = orphans.watch(today);
        AlumniWatch.Run silent = alumni.watch(today);
        return new Run(handedBack, sent, steppedDown, waiting, silent);
    }
}
