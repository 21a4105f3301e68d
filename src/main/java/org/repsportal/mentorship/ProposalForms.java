package org.repsportal.mentorship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The forms of the proposals page: proposing a new mentor, dismissing a proposal, a mentor's capacity. */
final class ProposalForms {

    private ProposalForms() {
    }

    /** Someone proposes a new mentor for the mentee, with the reason. */
    static class Propose {

        @NotNull
        private Long toMentorId;

        @NotBlank
        @Size(max = 1000)
        private String reason;

        public Long getToMentorId() {
            return toMentorId;
        }

        public void setToMentorId(Long toMentorId) {
            this.toMentorId = toMentorId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The Council dismisses one proposal, with the reason. */
    static class Dismiss {

        @NotNull
        private Long mentorId;

        @NotBlank
        @Size(max = 500)
        private String reason;

        public Long getMentorId() {
            return mentorId;
        }

        public void setMentorId(Long mentorId) {
            this.mentorId = mentorId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /** The Council sets a mentor's own capacity. */
    static class Capacity {

        /** Its range is the service's rule. */
        @NotNull
        private Integer capacity;

        public Integer getCapacity() {
            return capacity;
        }

        public void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }
    }
}
