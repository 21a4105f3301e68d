package org.repsportal.orientation;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Orientation for everyone; the new mentors in orientation as a Council tab, for those who decide nominations. */
@Component
class OrientationMenu implements MenuItems {

    private final JdbcClient jdbc;

    OrientationMenu(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        items.add(MenuItem.of(Menu.MORE, 10, "/orientation", "nav.orientation"));
        if (MentorNominationPolicy.mayDecide(actor).allowed()) {
            items.add(MenuItem.of(Menu.COUNCIL, 80, "/council/orientation", "council.tabs.orientation").counting(this::inOrientation));
        }
        return items;
    }

    /** Mentors appointed or in orientation, as the Council's page counts them: one statement. */
    private long inOrientation() {
        return jdbc.sql("select count(*) from orientations where state in ('APPOINTED', 'IN_ORIENTATION')").query(Long.class).single();
    }
}
