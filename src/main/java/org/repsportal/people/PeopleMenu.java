package org.repsportal.people;

import java.util.List;

import org.repsportal.people.MenuItem.Menu;
import org.springframework.stereotype.Component;

/** The directory, open to every signed-in person. */
@Component
class PeopleMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        return List.of(MenuItem.of(Menu.MAIN, 70, "/people", "nav.directory"));
    }
}
