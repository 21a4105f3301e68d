package org.repsportal.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line: a category, what it is, how many at what unit cost, in the request's currency. */
@Embeddable
record BudgetLine(@Enumerated(EnumType.STRING) @Column(name = "category") LineCategory category,
                  @Column(name = "description") String description,
                  @Column(name = "quantity") BigDecimal quantity,
                  @Column(name = "unit_cost") BigDecimal unitCost) {

    public BigDecimal amount() {
        return quantity.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
    }
}
