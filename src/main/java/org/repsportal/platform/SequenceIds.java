package org.repsportal.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids for batched inserts, taken from the same sequence blocks the ORM uses (pooled-lo: each {@code nextval}
 * reserves that value and the next {@value #BLOCK} − 1), so that batched and ORM writes can go side by side.
 */
public final class SequenceIds {

    public static final int BLOCK = 50;
    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private SequenceIds() {
    }

    /** {@code count} fresh ids from the sequence, in one statement. */
    public static List<Long> reserve(JdbcTemplate jdbc, String sequence, int count) {
        if (!NAME.matcher(sequence).matches()) {
            throw new IllegalArgumentException("Not a sequence name: " + sequence);
        }
        var ids = new ArrayList<Long>(count);
        if (count == 0) {
            return ids;
        }
        int blocks = (count + BLOCK - 1) / BLOCK;
        for (Long start : jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, blocks)) {
            for (int i = 0; i < BLOCK && ids.size() < count; i++) {
                ids.add(start + i);
            }
        }
        return ids;
    }
}
