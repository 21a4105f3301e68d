package org.repsportal.reports;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.repsportal.platform.IllegalTransitionException;

/** What a Rep did on a day, in which activity and functional area. */
@Entity
@Table(name = "activity_reports")
class ActivityReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_reports_seq")
    @SequenceGenerator(name = "activity_reports_seq", sequenceName = "activity_reports_seq", allocationSize = 50)
    private Long id;

    private long personId;
    private LocalDate reportedOn;
    private String activityCode;
    private String areaCode;
    private String description;
    private String link;
    private String location;
    private String initiative;
    private Long verifiedBy;
    private Instant verifiedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected ActivityReport() {
    }

    ActivityReport(long personId, NewReport report, Instant now) {
        this.personId = personId;
        this.reportedOn = report.date();
        this.activityCode = report.activity();
        this.areaCode = report.functionalArea();
        this.description = report.description().strip();
        this.link = blankToNull(report.link());
        this.location = blankToNull(report.location());
        this.initiative = blankToNull(report.initiative());
        this.createdAt = now;
    }

    /** The report, just saved, filed; {@code verifiable} says whether its activity is one a mentor verifies. */
    ActivityReported reported(boolean verifiable) {
        return new ActivityReported(id, personId, activityCode, verifiable, reportedOn);
    }

    ReportVerified verify(long verifierId, Instant now) {
        if (verifiedAt != null) {
            throw new IllegalTransitionException("report.verify.already");
        }
        verifiedBy = verifierId;
        verifiedAt = now;
        return new ReportVerified(id, verifierId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isVerified() {
        return verifiedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public String getActivityCode() {
        return activityCode;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getDescription() {
        return description;
    }

    public String getLink() {
        return link;
    }

    public String getLocation() {
        return location;
    }

    public String getInitiative() {
        return initiative;
    }

    public Long getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
