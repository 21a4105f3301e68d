package org.repsportal.mentorship;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one factor of a proposal says about a mentor for a mentee: it excludes the mentor, or it scores a
 * fraction between 0 and 1 and gives its reason as a message key with arguments. One named policy per factor
 * lives here as a nested class; {@link MentorProposals} weighs them with {@link MentorshipProperties.Weights}.
 */
record ProposalFactor(boolean excludes, double fraction, String reasonKey, List<Object> args) {

    static ProposalFactor exclude(String reasonKey) {
        return new ProposalFactor(true, 0, reasonKey, List.of());
    }

    static ProposalFactor score(double fraction, String reasonKey, Object... args) {
        return new ProposalFactor(false, Math.max(0, Math.min(1, fraction)), reasonKey, List.of(args));
    }

    static ProposalFactor neutral() {
        return new ProposalFactor(false, 0, null, List.of());
    }

    boolean hasReason() {
        return reasonKey != null;
    }

    /** A mentor with no place left is not proposed; the fewer places taken, the better. */
    static final class SpareCapacityPolicy {
        private SpareCapacityPolicy() {
        }

        static ProposalFactor assess(long load, int capacity) {
            if (MentorCapacityPolicy.hasSpareCapacity(load, capacity).refused()) {
                return exclude("proposal.excluded.full");
            }
            return score(1 - (double) load / capacity, "proposal.reason.capacity", load, capacity);
        }
    }

    /** A mentor whose orientation is not complete (by the readiness rule) is not proposed. */
    static final class OrientationCompletePolicy {
        private OrientationCompletePolicy() {
        }

        static ProposalFactor assess(boolean ready) {
            return ready ? neutral() : exclude("proposal.excluded.orientation");
        }
    }

    /** A mentor away during the period the mentee needs them is not proposed. */
    static final class NotAwayPolicy {
        private NotAwayPolicy() {
        }

        static ProposalFactor assess(boolean awayDuringPeriod) {
            return awayDuringPeriod ? exclude("proposal.excluded.away") : neutral();
        }
    }

    /** The same regional community counts fully, another none. */
    static final class SameRegionPolicy {
        private SameRegionPolicy() {
        }

        static ProposalFactor assess(String mentorRegion, String menteeRegion, String regionName) {
            if (mentorRegion != null && mentorRegion.equals(menteeRegion)) {
                return score(1, "proposal.reason.region", regionName);
            }
            return score(0, "proposal.reason.other-region", regionName);
        }
    }

    /** The share of the mentee's languages the mentor speaks; the reason names them. */
    static final class SharedLanguagesPolicy {
        private SharedLanguagesPolicy() {
        }

        static ProposalFactor assess(Set<String> mentorLanguages, Set<String> menteeLanguages, java.util.function.Function<String, String> name) {
            Set<String> shared = shared(mentorLanguages, menteeLanguages);
            if (shared.isEmpty()) {
                return score(0, "proposal.reason.no-language");
            }
            return score((double) shared.size() / menteeLanguages.size(), "proposal.reason.languages", names(shared, name));
        }
    }

    /** The hours between the two time zones now (at most 12 around the globe); the closer, the better. */
    static final class TimeZoneDistancePolicy {
        private TimeZoneDistancePolicy() {
        }

        static ProposalFactor assess(String mentorZone, String menteeZone, Instant now) {
            int hours = hoursApart(mentorZone, menteeZone, now);
            return score(1 - hours / 12.0, "proposal.reason.time-zone", hours);
        }

        static int hoursApart(String a, String b, Instant now) {
            int seconds = Math.abs(ZoneId.of(a).getRules().getOffset(now).getTotalSeconds()
                    - ZoneId.of(b).getRules().getOffset(now).getTotalSeconds());
            int hours = (int) Math.round(seconds / 3600.0);
            return Math.min(hours, 24 - hours);
        }
    }

    /** The share of the mentee's functional areas the mentor works in too. */
    static final class SharedFunctionalAreasPolicy {
        private SharedFunctionalAreasPolicy() {
        }

        static ProposalFactor assess(Set<String> mentorAreas, Set<String> menteeAreas, java.util.function.Function<String, String> name) {
            Set<String> shared = shared(mentorAreas, menteeAreas);
            if (shared.isEmpty()) {
                return neutral();
            }
            return score((double) shared.size() / menteeAreas.size(), "proposal.reason.areas", names(shared, name));
        }
    }

    private static Set<String> shared(Set<String> a, Set<String> b) {
        var shared = new LinkedHashSet<>(b);
        shared.retainAll(a);
        return shared;
    }

    private static String names(Set<String> codes, java.util.function.Function<String, String> name) {
        return String.join(", ", codes.stream().map(name).sorted().toList());
    }
}
