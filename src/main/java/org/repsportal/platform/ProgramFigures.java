package org.repsportal.platform;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Program-wide figures (who waits for a mentor, mentors' loads, fairness, who went silent), which cost a pass over
 * every current assignment or every Rep, computed once per change of what they are made of and per day. The database
 * counts those changes ({@code program_changes}, raised at commit by triggers on people, roles, assignments,
 * capacities, the orphan watch, and on a report that moves someone into or out of a silence of six months or more),
 * so a change made on any instance is seen on the next view; the counter is read before the figures, so figures kept
 * under a value are never older than it.
 */
@Component
public class ProgramFigures {

    /** Distinct pages of a list kept per generation; further ones are computed on every view. */
    static final int MAX_KEPT = 64;

    private record Generation(long version, LocalDate day, Map<Object, Object> values) {
    }

    private final JdbcClient jdbc;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1, LocalDate.MIN, Map.of()));

    ProgramFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figure under the key, computed when the program changed since it was kept. Inside a transaction that may
     * have written, the figures could see changes that are later rolled back, so they are computed and not kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T of(LocalDate today, Object key, Supplier<T> compute) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        long version = jdbc.sql("select version from program_changes where id = 1").query(Long.class).single();
        Generation generation = current.updateAndGet(kept -> kept.version() == version && kept.day().equals(today)
                ? kept : new Generation(version, today, new ConcurrentHashMap<>()));
        Object value = generation.values().get(key);
        if (value == null) {
            value = compute.get();
            if (generation.values().size() < MAX_KEPT) {
                generation.values().putIfAbsent(key, value);
            }
        }
        return (T) value;
    }
}
