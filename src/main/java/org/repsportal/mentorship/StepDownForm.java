package org.repsportal.mentorship;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The mentor's form to step down: the last day, a successor per mentee, the message to the mentees. */
class StepDownForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;

    private boolean leavingProgram;

    private Map<Long, Long> successors = new LinkedHashMap<>();

    @NotBlank
    @Size(max = 200)
    private String subject;

    @NotBlank
    @Size(max = 5000)
    private String body;

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public boolean isLeavingProgram() {
        return leavingProgram;
    }

    public void setLeavingProgram(boolean leavingProgram) {
        this.leavingProgram = leavingProgram;
    }

    public Map<Long, Long> getSuccessors() {
        return successors;
    }

    public void setSuccessors(Map<Long, Long> successors) {
        this.successors = successors;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
