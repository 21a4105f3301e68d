package org.repsportal.events;

import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.stereotype.Component;

/** Events, open to every signed-in person. */
@Component
class EventsMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        return List.of(MenuItem.of(Menu.MAIN, 50, "/events", "nav.events"));
    }
}
