package org.repsportal.availability;

import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.stereotype.Component;

/** One's own absences, for every signed-in person. */
@Component
class AvailabilityMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        return List.of(MenuItem.of(Menu.MORE, 20, "/absences", "nav.absences"));
    }
}
