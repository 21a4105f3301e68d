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

    /**
     * What every receipt form carries beside its content: which of its two kinds it is, and the amount and currency
     * it accounts for. A problem the service names on a field other than the amount or currency is shown on the
     * form's content.
     */
    abstract static class ReceiptForm {
        private final Receipts.Kind usualKind;
        private final Receipts.Kind otherKind;
        private final String contentField;
        private String kind;
        private String amount;
        private String currency;

        ReceiptForm(Receipts.Kind usualKind, Receipts.Kind otherKind, String contentField) {
            this.usualKind = usualKind;
            this.otherKind = otherKind;
            this.contentField = contentField;
            this.kind = usualKind.name();
        }

        Receipts.Kind toKind() {
            return otherKind.name().equals(kind) ? otherKind : usualKind;
        }

        /** The field of this form that shows a problem the service named on {@code field}. */
        String fieldOf(String field) {
            return "amount".equals(field) || "currency".equals(field) ? field : contentField;
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getAmount() { return amount; }
        public void setAmount(String amount) { this.amount = amount; }
        public String getCurrency() { return currency; }
        public void setCurrency(String currency) { this.currency = currency; }
    }

    /** A receipt or photo upload; a file cannot be shown again, its kind is. */
    static class UploadForm extends ReceiptForm {
        private MultipartFile file;

        UploadForm() {
            super(Receipts.Kind.RECEIPT, Receipts.Kind.PHOTO, "file");
        }

        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
    }

    /** A lost-receipt statement or the short report after the event. */
    static class NoteForm extends ReceiptForm {
        private String text;

        NoteForm() {
            super(Receipts.Kind.STATEMENT, Receipts.Kind.REPORT, "text");
        }

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
