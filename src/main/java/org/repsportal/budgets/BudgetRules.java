package org.repsportal.budgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.repsportal.platform.FieldProblem;

/**
 * A request has lines of known categories with positive, sensible quantities and costs in an ISO 4217 currency with
 * a configured rate, says which savings were sought (or why none), and why any travel is needed.
 */
final class BudgetRules {

    static final int MAX_LINES = 50;
    static final int MAX_TEXT = 2000;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("10000");

    private BudgetRules() {
    }

    /** The checked draft, or the problems found. */
    record Checked(BudgetRequest.Draft draft, List<FieldProblem> problems) {
    }

    static Checked check(NewBudget b, ExchangeRates rates, BigDecimal maxTotal) {
        var problems = new ArrayList<FieldProblem>();
        String currency = b.currency() == null ? "" : b.currency().strip().toUpperCase(Locale.ROOT);
        boolean currencyOk = false;
        try {
            if (currency.length() == 3) {
                Currency.getInstance(currency);
                currencyOk = true;
            }
        } catch (IllegalArgumentException e) {
            currencyOk = false;
        }
        if (!currencyOk) {
            problems.add(new FieldProblem("currency", "budget.currency.unknown"));
        } else if (!rates.known(currency)) {
            problems.add(new FieldProblem("currency", "budget.currency.noRate"));
        }
        var lines = new ArrayList<BudgetLine>();
        if (b.lines().isEmpty()) {
            problems.add(new FieldProblem("lines", "budget.lines.required"));
        } else if (b.lines().size() > MAX_LINES) {
            problems.add(new FieldProblem("lines", "budget.lines.tooMany"));
        }
        for (int i = 0; i < b.lines().size() && i < MAX_LINES; i++) {
            NewBudget.Line l = b.lines().get(i);
            String at = "lines[" + i + "].";
            LineCategory category = null;
            try {
                category = LineCategory.valueOf(l.category() == null ? "" : l.category().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(at + "category", "budget.line.category.unknown"));
            }
            if (NewBudget.blank(l.description())) {
                problems.add(new FieldProblem(at + "description", "budget.line.description.required"));
            } else if (l.description().length() > 300) {
                problems.add(new FieldProblem(at + "description", "budget.line.description.long"));
            }
            BigDecimal quantity = decimal(l.quantity());
            if (quantity == null || quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0 || quantity.scale() > 2) {
                problems.add(new FieldProblem(at + "quantity", "budget.line.quantity.invalid"));
            }
            BigDecimal unitCost = decimal(l.unitCost());
            if (unitCost == null || unitCost.signum() <= 0 || unitCost.scale() > 2 || unitCost.compareTo(maxTotal.multiply(new BigDecimal("1000"))) > 0) {
                problems.add(new FieldProblem(at + "unitCost", "budget.line.unitCost.invalid"));
            }
            if (category != null && quantity != null && unitCost != null && problems.isEmpty()) {
                lines.add(new BudgetLine(category, l.description().strip(), quantity, unitCost));
            }
        }
        if (NewBudget.blank(b.savingsSought()) && NewBudget.blank(b.noSavingsReason())) {
            problems.add(new FieldProblem("savingsSought", "budget.savings.required"));
        } else if (length(b.savingsSought()) > MAX_TEXT || length(b.noSavingsReason()) > MAX_TEXT) {
            problems.add(new FieldProblem("savingsSought", "budget.text.long"));
        }
        boolean travel = lines.stream().anyMatch(l -> l.category() == LineCategory.TRAVEL)
                || b.lines().stream().anyMatch(l -> "TRAVEL".equalsIgnoreCase(l.category() == null ? "" : l.category().strip()));
        if (travel && NewBudget.blank(b.travelReason())) {
            problems.add(new FieldProblem("travelReason", "budget.travelReason.required"));
        } else if (length(b.travelReason()) > MAX_TEXT) {
            problems.add(new FieldProblem("travelReason", "budget.text.long"));
        }
        if (problems.isEmpty()) {
            BigDecimal total = lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (rates.toThresholdCurrency(total, currency).orElse(BigDecimal.ZERO).compareTo(maxTotal) > 0) {
                problems.add(new FieldProblem("lines", "budget.total.absurd"));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new BudgetRequest.Draft(currency, lines, strip(b.savingsSought()), strip(b.noSavingsReason()),
                travel ? b.travelReason().strip() : strip(b.travelReason())), List.of());
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 20) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String strip(String s) {
        return NewBudget.blank(s) ? null : s.strip();
    }
}
