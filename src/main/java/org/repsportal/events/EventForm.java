package org.repsportal.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The plan-an-event form as typed: eight agenda rows, five metric rows, co-organisers by id (three rows, more when chosen). */
class EventForm {

    static final int AGENDA_ROWS = 8;
    static final int METRIC_ROWS = 5;
    static final int CO_ORGANISER_ROWS = 3;

    private String name;
    private String type;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;
    private String timeZone;
    private boolean online;
    private String venue;
    private Integer expectedAttendance;
    private String goals;
    private List<String> agendaTimes = blank(AGENDA_ROWS);
    private List<String> agendaTitles = blank(AGENDA_ROWS);
    private List<String> metricNames = blank(METRIC_ROWS);
    private List<String> metricExpected = blank(METRIC_ROWS);
    private List<Long> coOrganiserIds = new ArrayList<>();
    private Long clonedFrom;

    static EventForm from(NewEvent e) {
        var form = new EventForm();
        form.name = e.name();
        form.type = e.type();
        form.startsOn = e.startsOn();
        form.endsOn = e.endsOn();
        form.timeZone = e.timeZone();
        form.online = e.online();
        form.venue = e.venue();
        form.expectedAttendance = e.expectedAttendance();
        form.goals = e.goals();
        for (int i = 0; i < e.agenda().size() && i < AGENDA_ROWS; i++) {
            form.agendaTimes.set(i, e.agenda().get(i).startsAt() == null ? "" : e.agenda().get(i).startsAt());
            form.agendaTitles.set(i, e.agenda().get(i).title());
        }
        for (int i = 0; i < e.metrics().size() && i < METRIC_ROWS; i++) {
            form.metricNames.set(i, e.metrics().get(i).name());
            form.metricExpected.set(i, e.metrics().get(i).expected());
        }
        form.coOrganiserIds = new ArrayList<>(e.coOrganiserIds());
        form.clonedFrom = e.clonedFrom();
        return form;
    }

    NewEvent toNewEvent() {
        var agenda = new ArrayList<NewEvent.Item>();
        for (int i = 0; i < agendaTitles.size(); i++) {
            String time = i < agendaTimes.size() ? agendaTimes.get(i) : null;
            agenda.add(new NewEvent.Item(time == null || time.isBlank() ? null : time.strip(), agendaTitles.get(i)));
        }
        var metrics = new ArrayList<NewEvent.Target>();
        for (int i = 0; i < metricNames.size(); i++) {
            metrics.add(new NewEvent.Target(metricNames.get(i), i < metricExpected.size() ? metricExpected.get(i) : null));
        }
        return new NewEvent(name, type, startsOn, endsOn, timeZone, online, venue, expectedAttendance, goals, agenda, metrics,
                new LinkedHashSet<>(coOrganiserIds.stream().filter(java.util.Objects::nonNull).toList()), clonedFrom);
    }

    private static List<String> blank(int n) {
        var list = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            list.add("");
        }
        return list;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate endsOn) { this.endsOn = endsOn; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public Integer getExpectedAttendance() { return expectedAttendance; }
    public void setExpectedAttendance(Integer expectedAttendance) { this.expectedAttendance = expectedAttendance; }
    public String getGoals() { return goals; }
    public void setGoals(String goals) { this.goals = goals; }
    public List<String> getAgendaTimes() { return agendaTimes; }
    public void setAgendaTimes(List<String> agendaTimes) { this.agendaTimes = agendaTimes; }
    public List<String> getAgendaTitles() { return agendaTitles; }
    public void setAgendaTitles(List<String> agendaTitles) { this.agendaTitles = agendaTitles; }
    public List<String> getMetricNames() { return metricNames; }
    public void setMetricNames(List<String> metricNames) { this.metricNames = metricNames; }
    public List<String> getMetricExpected() { return metricExpected; }
    public void setMetricExpected(List<String> metricExpected) { this.metricExpected = metricExpected; }
    public List<Long> getCoOrganiserIds() { return coOrganiserIds; }
    public void setCoOrganiserIds(List<Long> coOrganiserIds) { this.coOrganiserIds = coOrganiserIds; }
    public Long getClonedFrom() { return clonedFrom; }
    public void setClonedFrom(Long clonedFrom) { this.clonedFrom = clonedFrom; }
}
