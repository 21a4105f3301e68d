package org.repsportal.mentorship;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

/**
 * The day's mentorship work: ended interims handed back, changes of mentor that waited too long sent to the
 * Council, the orphan watch and the alumni watch.
 */
@Service
class MentorshipDaily {

    /** What one run did. */
    public record Run(int handedBack, int sentToCouncil, int orphans, AlumniWatch.Run alumni) {
    }

    private final Interims interims;
    private final Reassignments reassignments;
    private final OrphanWatch orphans;
    private final AlumniWatch alumni;
    private final Clock clock;

    MentorshipDaily(Interims interims, Reassignments reassignments, OrphanWatch orphans, AlumniWatch alumni, Clock clock) {
        this.interims = interims;
        this.reassignments = reassignments;
        this.orphans = orphans;
        this.alumni = alumni;
        this.clock = clock;
    }

    public Run run(LocalDate today) {
        int handedBack = interims.handBack(today);
        int sent = reassignments.sendOverdueToCouncil(clock.instant());
        int waiting = orphans.watch(today);
        AlumniWatch.Run silent = alumni.watch(today);
        return new Run(handedBack, sent, waiting, silent);
    }
}
