package org.repsportal.applications;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.repsportal.people.Role;
import org.springframework.stereotype.Component;

/**
 * Applications for those who screen them (the Council) and the mentors who interview applicants; onboarding for
 * everyone (a new Rep's own checklist, a mentor's new Reps).
 */
@Component
class ApplicationsMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        if (ApplicationAccessPolicy.mayScreen(actor).allowed() || actor.has(Role.MENTOR)) {
            items.add(MenuItem.of(Menu.MORE, 50, "/applications", "nav.applications"));
        }
        items.add(MenuItem.of(Menu.MORE, 60, "/onboarding", "nav.onboarding"));
        return items;
    }
}
