package org.repsportal.events;

import java.util.ArrayList;
import java.util.List;

/** The outcomes form as typed: attendance, then per metric the actual outcome and whether it was reached. */
class OutcomesForm {

    private Integer actualAttendance;
    private List<String> actuals = new ArrayList<>();
    private List<Boolean> reached = new ArrayList<>();

    EventOutcomes toOutcomes(int metrics) {
        var outcomes = new ArrayList<EventOutcomes.Outcome>();
        for (int i = 0; i < metrics; i++) {
            outcomes.add(new EventOutcomes.Outcome(i < actuals.size() ? actuals.get(i) : null,
                    i < reached.size() && Boolean.TRUE.equals(reached.get(i))));
        }
        return new EventOutcomes(actualAttendance, outcomes);
    }

    public Integer getActualAttendance() { return actualAttendance; }
    public void setActualAttendance(Integer actualAttendance) { this.actualAttendance = actualAttendance; }
    public List<String> getActuals() { return actuals; }
    public void setActuals(List<String> actuals) { this.actuals = actuals; }
    public List<Boolean> getReached() { return reached; }
    public void setReached(List<Boolean> reached) { this.reached = reached; }
}
