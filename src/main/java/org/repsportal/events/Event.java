package org.repsportal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/**
 * An event a Rep plans. Its metrics may be revised until a budget for it is approved; once the event is over
 * its owner records the actual attendance and each metric's outcome.
 */
@Entity
@Table(name = "events")
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events_seq")
    @SequenceGenerator(name = "events_seq", sequenceName = "events_seq", allocationSize = 50)
    private Long id;

    private UUID uid;
    private long ownerId;
    private String name;
    private String typeCode;
    private String regionCode;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String timeZone;
    private boolean online;
    private String venue;
    private int expectedAttendance;
    private String goals;
    private Integer actualAttendance;
    private Instant outcomesRecordedAt;
    private LocalDate outcomeRemindedOn;
    private boolean metricsFrozen;
    private Long clonedFrom;
    private int sequence;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_agenda_items", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_metrics", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<Metric> metrics = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_co_organisers", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id")
    private Set<Long> coOrganiserIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Event() {
    }

    Event(long ownerId, String regionCode, NewEvent e, Long clonedFrom, Instant now) {
        this.uid = UUID.randomUUID();
        this.ownerId = ownerId;
        this.regionCode = regionCode;
        this.name = e.name().strip();
        this.typeCode = e.type();
        this.startsOn = e.startsOn();
        this.endsOn = e.endsOn();
        this.timeZone = e.timeZone();
        this.online = e.online();
        this.venue = e.online() ? null : e.venue().strip();
        this.expectedAttendance = e.expectedAttendance();
        this.goals = e.goals().strip();
        e.agenda().forEach(i -> this.agenda.add(new AgendaItem(i.startsAt() == null || i.startsAt().isBlank() ? null
                : i.startsAt().strip(), i.title().strip())));
        e.metrics().forEach(m -> this.metrics.add(new Metric(m.name().strip(), m.expected().strip(), null, null)));
        this.coOrganiserIds.addAll(e.coOrganiserIds());
        this.coOrganiserIds.remove(ownerId);
        this.clonedFrom = clonedFrom;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** New metrics while no budget for the event has been approved. */
    void reviseMetrics(List<Metric> revised, Instant now) {
        if (metricsFrozen) {
            throw new IllegalTransitionException("event.transition.metrics-frozen");
        }
        if (outcomesRecordedAt != null) {
            throw new IllegalTransitionException("event.transition.outcomes-recorded");
        }
        metrics.clear();
        metrics.addAll(revised);
        changed(now);
    }

    /** An approved budget holds the event to the metrics it was approved on. */
    void freezeMetrics(Instant now) {
        if (!metricsFrozen) {
            metricsFrozen = true;
            changed(now);
        }
    }

    /**
     * What happened: attendance and each metric's outcome, once the event is over. Returns whether these are
     * the first outcomes recorded (which files the organisers' reports); later calls correct them.
     */
    /** Records what the event achieved; the first time, the outcomes are recorded (corrections raise nothing). */
    java.util.Optional<EventOutcomesRecorded> recordOutcomes(int attendance, List<String> actuals, List<Boolean> reached,
                                                           LocalDate today, Instant now) {
        if (!today.isAfter(endsOn)) {
            throw new IllegalTransitionException("event.transition.not-over");
        }
        actualAttendance = attendance;
        for (int i = 0; i < metrics.size(); i++) {
            metrics.set(i, metrics.get(i).withOutcome(actuals.get(i), Boolean.TRUE.equals(reached.get(i))));
        }
        boolean first = outcomesRecordedAt == null;
        outcomesRecordedAt = now;
        changed(now);
        return first ? java.util.Optional.of(new EventOutcomesRecorded(id, name, ownerId, Set.copyOf(coOrganiserIds), endsOn,
                venue, attendance)) : java.util.Optional.empty();
    }

    /** The people who organise the event with its owner, until its outcomes (and their reports) are recorded. */
    void changeCoOrganisers(java.util.Collection<Long> ids, Instant now) {
        if (outcomesRecordedAt != null) {
            throw new IllegalTransitionException("event.transition.organisers-fixed");
        }
        coOrganiserIds.clear();
        coOrganiserIds.addAll(ids);
        coOrganiserIds.remove(ownerId);
        changed(now);
    }

    void markReminded(LocalDate on) {
        outcomeRemindedOn = on;
    }

    private void changed(Instant now) {
        sequence++;
        updatedAt = now;
    }

    boolean organisedBy(long personId) {
        return ownerId == personId || coOrganiserIds.contains(personId);
    }

    public Long getId() { return id; }
    public UUID getUid() { return uid; }
    public long getOwnerId() { return ownerId; }
    public String getName() { return name; }
    public String getTypeCode() { return typeCode; }
    public String getRegionCode() { return regionCode; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public String getTimeZone() { return timeZone; }
    public boolean isOnline() { return online; }
    public String getVenue() { return venue; }
    public int getExpectedAttendance() { return expectedAttendance; }
    public String getGoals() { return goals; }
    public Integer getActualAttendance() { return actualAttendance; }
    public Instant getOutcomesRecordedAt() { return outcomesRecordedAt; }
    public boolean isMetricsFrozen() { return metricsFrozen; }
    public Long getClonedFrom() { return clonedFrom; }
    public int getSequence() { return sequence; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<AgendaItem> getAgenda() { return Collections.unmodifiableList(agenda); }
    public List<Metric> getMetrics() { return Collections.unmodifiableList(metrics); }
    public Set<Long> getCoOrganiserIds() { return Collections.unmodifiableSet(coOrganiserIds); }

    long untimedItems() {
        return agenda.stream().filter(a -> !a.timed()).count();
    }
}
