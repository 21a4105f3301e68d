package org.repsportal.checkins;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Check-ins for everyone; the overdue ones as a Council tab, counting the mentors escalated to the Council. */
@Component
class CheckInsMenu implements MenuItems {

    private final JdbcClient jdbc;

    CheckInsMenu(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        items.add(MenuItem.of(Menu.MAIN, 40, "/checkins", "nav.checkins"));
        if (CheckInAccessPolicy.mayOverview(actor).allowed()) {
            items.add(MenuItem.of(Menu.COUNCIL, 40, "/council/checkins", "council.tabs.checkins").counting(() -> escalated(actor)));
        }
        return items;
    }

    /** The open escalations the actor works on (never those of their own mentorships): one statement. */
    private long escalated(Actor actor) {
        return jdbc.sql("""
                        select count(*) from cadence_escalations e where e.mentor_id <> :actor
                        and exists (select 1 from cadence_escalated c where c.mentor_id = e.mentor_id)""")
                .param("actor", actor.personId()).query(Long.class).single();
    }
}
