package org.repsportal.budgets;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.Tika;
import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.tasks.TaskWorkDone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the event: receipts (PDF, JPEG or PNG), photos (JPEG or PNG), statements for lost receipts and a short
 * report. The type of a file is read from its content, never from its name; files live in PostgreSQL.
 */
@Service
@Transactional
public class Receipts {

    public enum Kind { RECEIPT, PHOTO, STATEMENT, REPORT }

    static final Map<String, Set<String>> EXTENSIONS = Map.of("application/pdf", Set.of("pdf"),
            "image/jpeg", Set.of("jpg", "jpeg"), "image/png", Set.of("png"));

    private static final Tika TIKA = new Tika();

    private final Budgets budgets;
    private final BudgetsProperties properties;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Receipts(Budgets budgets, BudgetsProperties properties, JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock) {
        this.budgets = budgets;
        this.properties = properties;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    record Item(long id, Kind kind, String filename, String contentType, Long sizeBytes, String statement, BigDecimal amount,
                String currency) {
    }

    /** What a receipt says was paid, in its currency. */
    record Paid(BigDecimal amount, String currency) {
    }

    record FileContent(String filename, String contentType, byte[] content) {
    }

    /** Stores a receipt or photo after checking what its content is; returns the detected type. */
    String upload(Actor actor, long requestId, Kind kind, String filename, long size, InputStream content) throws IOException {
        return upload(actor, requestId, kind, filename, size, content, null, null);
    }

    /**
     * Stores a receipt, with the amount it says was paid (required, in any currency with a configured rate; the
     * request's currency when none is given), or a photo, after checking what the file's content is; returns the
     * detected type.
     */
    String upload(Actor actor, long requestId, Kind kind, String filename, long size, InputStream content, String amount,
                  String currency) throws IOException {
        BudgetRequest request = waitingFor(actor, requestId);
        if (size > properties.maxFileSize()) {
            throw new FileTooLargeException();
        }
        byte[] bytes = content.readNBytes((int) Math.min(properties.maxFileSize() + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > properties.maxFileSize()) {
            throw new FileTooLargeException();
        }
        if (bytes.length == 0) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "budget.receipt.empty")));
        }
        String detected = TIKA.detect(bytes);
        Set<String> allowed = kind == Kind.PHOTO ? Set.of("image/jpeg", "image/png") : EXTENSIONS.keySet();
        String name = filename == null || filename.isBlank() ? "upload" : filename.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!allowed.contains(detected)) {
            throw new InvalidInputException(List.of(new FieldProblem("file", kind == Kind.PHOTO ? "budget.photo.type" : "budget.receipt.type")));
        }
        if (!extension.isEmpty() && EXTENSIONS.values().stream().anyMatch(s -> s.contains(extension))
                && !EXTENSIONS.get(detected).contains(extension)) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "budget.receipt.mismatch")));
        }
        Paid paid = kind == Kind.RECEIPT ? paid(request, amount, currency, true) : null;
        jdbc.sql("""
                        insert into budget_receipts (id, request_id, kind, filename, content_type, size_bytes, content, uploaded_by, uploaded_at,
                                                     amount, currency)
                        values (nextval('budget_receipts_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(request.getId(), kind.name(), name, detected, (long) bytes.length, bytes, actor.personId(),
                        java.sql.Timestamp.from(clock.instant()), paid == null ? null : paid.amount(), paid == null ? null : paid.currency())
                .update();
        return detected;
    }

    /** A statement for a lost receipt, or the short report after the event. */
    public void write(Actor actor, long requestId, Kind kind, String text) {
        write(actor, requestId, kind, text, null, null);
    }

    /** A statement for a lost receipt with the amount paid if known (any configured currency), or the short report. */
    public void write(Actor actor, long requestId, Kind kind, String text, String amount, String currency) {
        if (kind != Kind.STATEMENT && kind != Kind.REPORT) {
            throw new IllegalArgumentException(kind.name());
        }
        BudgetRequest request = waitingFor(actor, requestId);
        Paid paid = kind == Kind.STATEMENT ? paid(request, amount, currency, false) : null;
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem(kind == Kind.REPORT ? "report" : "statement", "budget.receipt.text.required")));
        }
        if (text.length() > 10_000) {
            throw new InvalidInputException(List.of(new FieldProblem(kind == Kind.REPORT ? "report" : "statement", "budget.text.long")));
        }
        jdbc.sql("""
                        insert into budget_receipts (id, request_id, kind, statement, uploaded_by, uploaded_at, amount, currency)
                        values (nextval('budget_receipts_seq'), ?, ?, ?, ?, ?, ?, ?)""")
                .params(request.getId(), kind.name(), text.strip(), actor.personId(), java.sql.Timestamp.from(clock.instant()),
                        paid == null ? null : paid.amount(), paid == null ? null : paid.currency())
                .update();
    }

    /** The receipts are in: at least one receipt or lost-receipt statement, and the report. The request closes. */
    public void finish(Actor actor, long requestId) {
        BudgetRequest request = waitingFor(actor, requestId);
        var kinds = jdbc.sql("select distinct kind from budget_receipts where request_id = ?").param(requestId).query(String.class).set();
        if (!kinds.contains(Kind.RECEIPT.name()) && !kinds.contains(Kind.STATEMENT.name())) {
            throw new InvalidInputException(List.of(new FieldProblem("file", "budget.receipts.none")));
        }
        if (!kinds.contains(Kind.REPORT.name())) {
            throw new InvalidInputException(List.of(new FieldProblem("report", "budget.receipts.noReport")));
        }
        request.close(actor.personId(), clock.instant());
        publisher.publishEvent(new TaskWorkDone(ReceiptSweep.overdueRef(requestId, request.getRequesterId()), "receipts in"));
        if (request.getMentorId() != null) {
            publisher.publishEvent(new TaskWorkDone(ReceiptSweep.overdueRef(requestId, request.getMentorId()), "receipts in"));
        }
    }

    @Transactional(readOnly = true)
    List<Item> of(long requestId) {
        return jdbc.sql("""
                        select id, kind, filename, content_type, size_bytes, statement, amount, currency
                        from budget_receipts where request_id = ? order by id""")
                .param(requestId)
                .query((rs, n) -> new Item(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("filename"),
                        rs.getString("content_type"), (Long) rs.getObject("size_bytes"), rs.getString("statement"),
                        rs.getBigDecimal("amount"), rs.getString("currency")))
                .list();
    }

    @Transactional(readOnly = true)
    FileContent file(Actor actor, long requestId, long receiptId) {
        budgets.get(actor, requestId);
        return jdbc.sql("select filename, content_type, content from budget_receipts where id = ? and request_id = ? and content is not null")
                .params(receiptId, requestId)
                .query((rs, n) -> new FileContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new org.repsportal.platform.NotFoundException("Receipt", receiptId));
    }

    /** The amount paid as typed, checked: a positive amount of at most two decimals, in a currency with a configured rate. */
    private Paid paid(BudgetRequest request, String amount, String currency, boolean required) {
        if (amount == null || amount.isBlank()) {
            if (required) {
                throw new InvalidInputException(List.of(new FieldProblem("amount", "budget.receipt.amount.required")));
            }
            return null;
        }
        BigDecimal value = BudgetRules.decimal(amount);
        var rates = budgets.rates();
        if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(List.of(new FieldProblem("amount", "budget.receipt.amount.invalid")));
        }
        String code = currency == null || currency.isBlank() ? request.getCurrency() : currency.strip().toUpperCase(Locale.ROOT);
        if (!rates.known(code)) {
            throw new InvalidInputException(List.of(new FieldProblem("currency", "budget.currency.noRate")));
        }
        if (rates.toThresholdCurrency(value, code).orElse(BigDecimal.ZERO).compareTo(properties.maxTotal()) > 0) {
            throw new InvalidInputException(List.of(new FieldProblem("amount", "budget.receipt.amount.invalid")));
        }
        return new Paid(value.setScale(2, java.math.RoundingMode.UNNECESSARY), code);
    }

    private BudgetRequest waitingFor(Actor actor, long requestId) {
        BudgetRequest request = budgets.find(requestId);
        if (!actor.is(request.getRequesterId())) {
            throw new org.repsportal.platform.ForbiddenException("policy.budgets.requester-only");
        }
        if (request.getState() != BudgetState.WAITING_RECEIPTS) {
            throw new org.repsportal.platform.IllegalTransitionException("budget.transition.not-waiting-receipts");
        }
        return request;
    }

    /** An upload larger than the configured limit: 413 for the API, a field error on the page. */
    static class FileTooLargeException extends RuntimeException {
        FileTooLargeException() {
            super("budget.receipt.tooLarge");
        }
    }
}
