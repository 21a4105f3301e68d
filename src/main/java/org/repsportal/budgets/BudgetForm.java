package org.repsportal.budgets;

import java.util.ArrayList;
import java.util.List;

/** The budget request form as typed: eight line rows, amounts as text so that what was typed is kept. */
class BudgetForm {

    static final int ROWS = 8;

    private Long eventId;
    private String currency;
    private List<String> categories = rows();
    private List<String> descriptions = rows();
    private List<String> quantities = rows();
    private List<String> unitCosts = rows();
    private String savingsSought;
    private String noSavingsReason;
    private String travelReason;

    static BudgetForm from(BudgetRequest r) {
        var form = new BudgetForm();
        form.eventId = r.getEventId();
        form.currency = r.getCurrency();
        for (int i = 0; i < r.getLines().size() && i < ROWS; i++) {
            BudgetLine l = r.getLines().get(i);
            form.categories.set(i, l.category().name());
            form.descriptions.set(i, l.description());
            form.quantities.set(i, l.quantity().toPlainString());
            form.unitCosts.set(i, l.unitCost().toPlainString());
        }
        form.savingsSought = r.getSavingsSought();
        form.noSavingsReason = r.getNoSavingsReason();
        form.travelReason = r.getTravelReason();
        return form;
    }

    NewBudget toNewBudget() {
        var lines = new ArrayList<NewBudget.Line>();
        for (int i = 0; i < ROWS; i++) {
            lines.add(new NewBudget.Line(at(categories, i), at(descriptions, i), at(quantities, i), at(unitCosts, i)));
        }
        return new NewBudget(eventId, currency, lines, savingsSought, noSavingsReason, travelReason);
    }

    /** The form row of a problem on {@code lines[i]}, counting only the rows that were filled in. */
    int rowOfFilledLine(int filledIndex) {
        int seen = -1;
        for (int i = 0; i < ROWS; i++) {
            boolean filled = !(NewBudget.blank(at(categories, i)) && NewBudget.blank(at(descriptions, i))
                    && NewBudget.blank(at(quantities, i)) && NewBudget.blank(at(unitCosts, i)));
            if (filled && ++seen == filledIndex) {
                return i;
            }
        }
        return 0;
    }

    private static String at(List<String> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }

    private static List<String> rows() {
        var list = new ArrayList<String>();
        for (int i = 0; i < ROWS; i++) {
            list.add("");
        }
        return list;
    }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
    public List<String> getDescriptions() { return descriptions; }
    public void setDescriptions(List<String> descriptions) { this.descriptions = descriptions; }
    public List<String> getQuantities() { return quantities; }
    public void setQuantities(List<String> quantities) { this.quantities = quantities; }
    public List<String> getUnitCosts() { return unitCosts; }
    public void setUnitCosts(List<String> unitCosts) { this.unitCosts = unitCosts; }
    public String getSavingsSought() { return savingsSought; }
    public void setSavingsSought(String savingsSought) { this.savingsSought = savingsSought; }
    public String getNoSavingsReason() { return noSavingsReason; }
    public void setNoSavingsReason(String noSavingsReason) { this.noSavingsReason = noSavingsReason; }
    public String getTravelReason() { return travelReason; }
    public void setTravelReason(String travelReason) { this.travelReason = travelReason; }
}
