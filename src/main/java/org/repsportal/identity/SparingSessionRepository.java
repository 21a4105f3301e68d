package org.repsportal.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The JDBC session store, written only when a session changed. Every request marks its session as accessed, which
 * would update the session's row each time; here the access time moves only when it is older than the touch
 * interval, so a signed-in page view reads its session once and writes nothing. A session therefore expires at most
 * one touch interval earlier than its timeout says. The table stays the shared truth of every instance.
 */
class SparingSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<SparingSessionRepository.SparingSession<S>> {

    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> store;

    SparingSessionRepository(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public SparingSession<S> createSession() {
        return new SparingSession<>(store.createSession());
    }

    @Override
    public void save(SparingSession<S> session) {
        store.save(session.stored);
    }

    @Override
    public SparingSession<S> findById(String id) {
        S stored = store.findById(id);
        return stored == null ? null : new SparingSession<>(stored);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, SparingSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        var sessions = new LinkedHashMap<String, SparingSession<S>>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> sessions.put(id, new SparingSession<>(stored)));
        return sessions;
    }

    /** A stored session whose access time moves only once per touch interval. */
    static final class SparingSession<S extends Session> implements Session {

        private final S stored;

        SparingSession(S stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_INTERVAL) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
