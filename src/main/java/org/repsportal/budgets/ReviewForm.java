package org.repsportal.budgets;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The mentor's review form: a verdict and a note per point (keyed by the point's key), a rationale. */
class ReviewForm {

    private Map<String, String> verdicts = new LinkedHashMap<>();
    private Map<String, String> notes = new LinkedHashMap<>();
    private String rationale;

    MentorReview toReview(boolean passOn) {
        var marks = new EnumMap<ReviewPoint, MentorReview.Mark>(ReviewPoint.class);
        for (ReviewPoint point : ReviewPoint.values()) {
            String verdict = verdicts.get(point.key());
            Verdict v = "OK".equals(verdict) ? Verdict.OK : "CONCERN".equals(verdict) ? Verdict.CONCERN : null;
            marks.put(point, new MentorReview.Mark(v, notes.get(point.key())));
        }
        return new MentorReview(marks, rationale, passOn);
    }

    public Map<String, String> getVerdicts() { return verdicts; }
    public void setVerdicts(Map<String, String> verdicts) { this.verdicts = verdicts; }
    public Map<String, String> getNotes() { return notes; }
    public void setNotes(Map<String, String> notes) { this.notes = notes; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
}
