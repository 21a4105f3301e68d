package org.repsportal.library;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A useful link a member added ("please add yours"), with its topic, an outdated flag and moderation. */
@Entity
@Table(name = "community_resources")
public class CommunityResource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_resources_seq")
    @SequenceGenerator(name = "community_resources_seq", sequenceName = "community_resources_seq", allocationSize = 50)
    private Long id;

    private String title;
    private String url;

    @Enumerated(EnumType.STRING)
    private ResourceTopic topic;

    private String note;
    private long addedBy;
    private Instant addedAt;

    @Enumerated(EnumType.STRING)
    private ResourceStatus status = ResourceStatus.NEW;

    private boolean flaggedOutdated;
    private String flagNote;
    private Long flaggedBy;
    private Instant flaggedAt;
    private Long moderatedBy;
    private Instant moderatedAt;

    @Version
    private long version;

    protected CommunityResource() {
    }

    CommunityResource(String title, String url, ResourceTopic topic, String note, long addedBy, Instant addedAt) {
        this.title = title;
        this.url = url;
        this.topic = topic;
        this.note = note;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** Anyone may say a link looks outdated; flagging it again keeps the first flag. */
    void flagOutdated(long by, String note, Instant now) {
        if (flaggedOutdated) {
            return;
        }
        this.flaggedOutdated = true;
        this.flagNote = note;
        this.flaggedBy = by;
        this.flaggedAt = now;
    }

    void clearFlag(long by, Instant now) {
        this.flaggedOutdated = false;
        this.flagNote = null;
        this.flaggedBy = null;
        this.flaggedAt = null;
        moderated(by, now);
    }

    void approve(long by, Instant now) {
        this.status = ResourceStatus.APPROVED;
        moderated(by, now);
    }

    void hide(long by, Instant now) {
        this.status = ResourceStatus.HIDDEN;
        moderated(by, now);
    }

    private void moderated(long by, Instant now) {
        this.moderatedBy = by;
        this.moderatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public ResourceTopic getTopic() {
        return topic;
    }

    public String getNote() {
        return note;
    }

    public long getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public boolean isFlaggedOutdated() {
        return flaggedOutdated;
    }

    public String getFlagNote() {
        return flagNote;
    }

    public Long getFlaggedBy() {
        return flaggedBy;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public Long getModeratedBy() {
        return moderatedBy;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }
}
