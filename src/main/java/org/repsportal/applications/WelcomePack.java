package org.repsportal.applications;

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
import org.repsportal.platform.IllegalTransitionException;

/**
 * The Welcome Pack a mentor sends to a new Rep: PREPARED → SHIPPED → DELIVERED | RETURNED → RESHIPPED →
 * DELIVERED | RETURNED. The Rep confirms its receipt, which also counts as delivered.
 */
@Entity
@Table(name = "welcome_packs")
class WelcomePack {

    enum State { PREPARED, SHIPPED, DELIVERED, RETURNED, RESHIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "welcome_packs_seq")
    @SequenceGenerator(name = "welcome_packs_seq", sequenceName = "welcome_packs_seq", allocationSize = 50)
    private Long id;

    private long applicationId;

    @Enumerated(EnumType.STRING)
    private State state = State.PREPARED;

    private String address;
    private boolean addressConfirmed;
    private String contents;
    private String sizes;
    private String customsValue;
    private String carrier;
    private String trackingNumber;
    private int shipments;
    private Instant updatedAt;
    private Instant receivedAt;

    @Version
    private long version;

    protected WelcomePack() {
    }

    WelcomePack(long applicationId, Instant now) {
        this.applicationId = applicationId;
        this.address = "";
        this.contents = "";
        this.updatedAt = now;
    }

    /** What goes in the box and where to; only while it is being prepared or after it came back. */
    void prepare(String toAddress, boolean confirmedByRep, String what, String sizesText, String customs, Instant now) {
        if (state != State.PREPARED && state != State.RETURNED) {
            throw new IllegalTransitionException("application.pack.transition.prepare");
        }
        address = toAddress;
        addressConfirmed = confirmedByRep;
        contents = what;
        sizes = sizesText;
        customsValue = customs;
        updatedAt = now;
    }

    /** Sent (or sent again after a return) with a carrier and a tracking number; the Rep confirmed the address. */
    void ship(String by, String tracking, Instant now) {
        if (state != State.PREPARED && state != State.RETURNED) {
            throw new IllegalTransitionException("application.pack.transition.ship");
        }
        if (!addressConfirmed || address.isBlank() || contents.isBlank()) {
            throw new IllegalTransitionException("application.pack.transition.ship-unprepared");
        }
        state = state == State.PREPARED ? State.SHIPPED : State.RESHIPPED;
        carrier = by;
        trackingNumber = tracking;
        shipments++;
        updatedAt = now;
    }

    void markDelivered(Instant now) {
        requireUnderway("application.pack.transition.delivered");
        state = State.DELIVERED;
        updatedAt = now;
    }

    void markReturned(Instant now) {
        requireUnderway("application.pack.transition.returned");
        state = State.RETURNED;
        updatedAt = now;
    }

    /** The Rep says it arrived: it is delivered, whatever the carrier said last. */
    void confirmReceipt(Instant now) {
        if (state != State.SHIPPED && state != State.RESHIPPED && state != State.DELIVERED) {
            throw new IllegalTransitionException("application.pack.transition.receipt");
        }
        state = State.DELIVERED;
        receivedAt = now;
        updatedAt = now;
    }

    public boolean received() {
        return receivedAt != null;
    }

    private void requireUnderway(String reason) {
        if (state != State.SHIPPED && state != State.RESHIPPED) {
            throw new IllegalTransitionException(reason);
        }
    }

    public Long getId() { return id; }
    public long getApplicationId() { return applicationId; }
    public State getState() { return state; }
    public String getAddress() { return address; }
    public boolean isAddressConfirmed() { return addressConfirmed; }
    public String getContents() { return contents; }
    public String getSizes() { return sizes; }
    public String getCustomsValue() { return customsValue; }
    public String getCarrier() { return carrier; }
    public String getTrackingNumber() { return trackingNumber; }
    public int getShipments() { return shipments; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getReceivedAt() { return receivedAt; }
}
