package org.repsportal.reports;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.repsportal.people.Role;
import org.springframework.stereotype.Component;

/** One's own reports for everyone; the mentees' reports for mentors, whose mentees they are. */
@Component
class ReportsMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        items.add(MenuItem.of(Menu.MAIN, 20, "/reports", "nav.reports"));
        if (actor.has(Role.MENTOR)) {
            items.add(MenuItem.of(Menu.MORE, 5, "/reports/mentees", "nav.menteeReports"));
        }
        return items;
    }
}
