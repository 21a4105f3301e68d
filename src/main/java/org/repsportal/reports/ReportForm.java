package org.repsportal.reports;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The report form as typed; the rules are checked by the reports module, so errors come back per field. */
class ReportForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String activity;
    private String functionalArea;
    private String description;
    private String link;
    private String location;

    NewReport toReport() {
        return new NewReport(date, activity, functionalArea, description, link, location, null);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getFunctionalArea() {
        return functionalArea;
    }

    public void setFunctionalArea(String functionalArea) {
        this.functionalArea = functionalArea;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
