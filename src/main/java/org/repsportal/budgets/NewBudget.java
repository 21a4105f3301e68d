package org.repsportal.budgets;

import java.util.List;

/** A budget request as its requester writes it; amounts as typed (decimal text), kept exact. */
public record NewBudget(Long eventId, String currency, List<Line> lines, String savingsSought, String noSavingsReason,
                        String travelReason) {

    public NewBudget {
        lines = lines == null ? List.of() : lines.stream()
                .filter(l -> l != null && !(blank(l.category()) && blank(l.description()) && blank(l.quantity()) && blank(l.unitCost())))
                .toList();
    }

    public record Line(String category, String description, String quantity, String unitCost) {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
