package org.repsportal.budgets;

import org.springframework.web.multipart.MultipartFile;

/** The small forms on a request's page, as typed, so that a refused one comes back with what was typed. */
final class RequestForms {

    private RequestForms() {
    }

    /** A Council reviewer's decision or a Council member's vote. */
    static class DecisionForm {
        private String outcome;
        private String amount;
        private String reason;

        Outcome toOutcome() {
            for (Outcome o : Outcome.values()) {
                if (o.name().equals(outcome)) {
                    return o;
                }
            }
            return null;
        }

        public String getOutcome() { return outcome; }
        public void setOutcome(String outcome) { this.outcome = outcome; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** The Council's lead-time exception and its reason. */
    static class ExceptionForm {
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** A receipt or photo upload; a file cannot be shown again, its kind is. */
    static class UploadForm {
        private MultipartFile file;
        private String kind = Receipts.Kind.RECEIPT.name();
        private String amount;
        private String currency;

        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }

        Receipts.Kind toKind() {
            return Receipts.Kind.PHOTO.name().equals(kind) ? Receipts.Kind.PHOTO : Receipts.Kind.RECEIPT;
        }

        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
    }

    /** A lost-receipt statement or the short report after the event. */
    static class NoteForm {
        private String kind = Receipts.Kind.STATEMENT.name();
        private String text;
        private String amount;
        private String currency;

        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }

        Receipts.Kind toKind() {
            return Receipts.Kind.REPORT.name().equals(kind) ? Receipts.Kind.REPORT : Receipts.Kind.STATEMENT;
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** A comment in the request's discussion. */
    static class CommentForm {
        private String body;

        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
    }

    /** The Council's time-boxed waiver for a Rep with overdue receipts, as typed. */
    static class WaiverForm {
        private String personId;
        private String until;
        private String reason;

        /** The Rep's id, or one nobody has when nothing or no number was chosen (refused as an unknown Rep). */
        long personIdOrNone() {
            try {
                return personId == null ? -1 : Long.parseLong(personId.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        java.time.LocalDate untilOrNull() {
            try {
                return until == null || until.isBlank() ? null : java.time.LocalDate.parse(until.strip());
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }

        public String getPersonId() { return personId; }
        public void setPersonId(String personId) { this.personId = personId; }
        public String getUntil() { return until; }
        public void setUntil(String until) { this.until = until; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
