package org.repsportal.library;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The library for everyone; its review (suggested edits, pages due, resources to moderate) as a Council tab. */
@Component
class LibraryMenu implements MenuItems {

    private final JdbcClient jdbc;

    LibraryMenu(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        items.add(MenuItem.of(Menu.MAIN, 80, "/library", "nav.library"));
        if (LibraryPolicy.mayEdit(actor).allowed()) {
            items.add(MenuItem.of(Menu.COUNCIL, 70, "/library/review", "council.tabs.library").counting(this::pending));
        }
        return items;
    }

    /** Suggested edits waiting for the Council: one statement. */
    private long pending() {
        return jdbc.sql("select count(*) from sop_suggestions where state = 'PENDING'").query(Long.class).single();
    }
}
