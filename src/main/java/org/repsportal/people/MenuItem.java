package org.repsportal.people;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A place in the portal's menus: the menu it sits in and its order there, where it leads, its label (a message
 * key), the further paths that count as being on it (for {@code aria-current}) and, on a Council tab, how many
 * things wait there (read only where the tabs are shown, one statement).
 */
public record MenuItem(Menu menu, int order, String path, String labelKey, List<String> under, LongSupplier count) {

    /** The main bar, its "More" menu, and the tabs of the Council's hub. */
    public enum Menu {
        MAIN, MORE, COUNCIL
    }

    public MenuItem {
        under = List.copyOf(under);
    }

    public static MenuItem of(Menu menu, int order, String path, String labelKey) {
        return new MenuItem(menu, order, path, labelKey, List.of(), null);
    }

    /** The same item, also current on pages under these paths. */
    public MenuItem alsoUnder(String... paths) {
        return new MenuItem(menu, order, path, labelKey, List.of(paths), count);
    }

    /** The same item with a count shown beside its label. */
    public MenuItem counting(LongSupplier count) {
        return new MenuItem(menu, order, path, labelKey, under, count);
    }

    public boolean hasCount() {
        return count != null;
    }

    /** How many things wait there; read each time it is asked for, so ask once. */
    public long currentCount() {
        return count == null ? 0 : count.getAsLong();
    }

    /** How closely a path falls on this item: the length of the longest of its paths the path is at or under, else -1. */
    int match(String requestPath) {
        int best = matchOne(path, requestPath);
        for (String prefix : under) {
            best = Math.max(best, matchOne(prefix, requestPath));
        }
        return best;
    }

    private static int matchOne(String prefix, String requestPath) {
        if (requestPath.equals(prefix) || requestPath.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
            return prefix.length();
        }
        return -1;
    }
}
