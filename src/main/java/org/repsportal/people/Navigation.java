package org.repsportal.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The menus of one page for the person viewing it, gathered from every module's {@link MenuItems}: the main bar
 * (with one "Council" entry leading to the first Council tab the person may use), its "More" menu and the Council
 * hub's tabs. The current page's item is the one whose path is the longest prefix of the page's path. The items
 * are gathered the first time a template asks, so a redirect or a JSON answer costs nothing.
 */
public final class Navigation {

    static final String COUNCIL_LABEL = "nav.council";

    private final String requestPath;
    private final Supplier<List<MenuItem>> source;
    private List<MenuItem> main;
    private List<MenuItem> more;
    private List<MenuItem> council;

    public Navigation(String requestPath, Supplier<List<MenuItem>> source) {
        this.requestPath = requestPath == null ? "" : requestPath;
        this.source = source;
    }

    /** The menus for an actor from the given contributions, for a page at the given path. */
    public static Navigation of(Actor actor, List<? extends MenuItems> contributions, String requestPath) {
        return new Navigation(requestPath, () -> {
            var items = new ArrayList<MenuItem>();
            contributions.forEach(c -> items.addAll(c.itemsFor(actor)));
            return items;
        });
    }

    private void gather() {
        if (main != null) {
            return;
        }
        List<MenuItem> all = source.get();
        council = sorted(all, MenuItem.Menu.COUNCIL);
        more = sorted(all, MenuItem.Menu.MORE);
        var bar = new ArrayList<>(sorted(all, MenuItem.Menu.MAIN));
        if (!council.isEmpty()) {
            String[] tabs = council.stream().map(MenuItem::path).toArray(String[]::new);
            var under = new ArrayList<String>(List.of(tabs));
            council.forEach(t -> under.addAll(t.under()));
            bar.add(new MenuItem(MenuItem.Menu.MAIN, Integer.MAX_VALUE, council.get(0).path(), COUNCIL_LABEL, under, null));
        }
        main = List.copyOf(bar);
    }

    private static List<MenuItem> sorted(List<MenuItem> all, MenuItem.Menu menu) {
        return all.stream().filter(i -> i.menu() == menu).sorted(Comparator.comparingInt(MenuItem::order)).toList();
    }

    public List<MenuItem> main() {
        gather();
        return main;
    }

    public List<MenuItem> more() {
        gather();
        return more;
    }

    /** The Council hub's tabs the person may open, in order; empty for someone who may open none. */
    public List<MenuItem> council() {
        gather();
        return council;
    }

    /** Whether the item is the current page's in the main bar or its "More" menu. */
    public boolean isCurrent(MenuItem item) {
        gather();
        var menus = new ArrayList<MenuItem>(main);
        menus.addAll(more);
        return item == best(menus);
    }

    /** Whether the page is at the path or under it (for the links outside the menus: profile, settings). */
    public boolean isAt(String path) {
        return MenuItem.of(MenuItem.Menu.MAIN, 0, path, "").match(requestPath) >= 0;
    }

    /** Whether the tab is the current page's among the Council hub's tabs. */
    public boolean isCurrentTab(MenuItem tab) {
        return tab == best(council());
    }

    /** The tab of the current page, or null when the page is none of the hub's. */
    public MenuItem currentTab() {
        return best(council());
    }

    private MenuItem best(List<MenuItem> items) {
        MenuItem best = null;
        int length = -1;
        for (MenuItem item : items) {
            int match = item.match(requestPath);
            if (match > length) {
                best = item;
                length = match;
            }
        }
        return best;
    }
}
