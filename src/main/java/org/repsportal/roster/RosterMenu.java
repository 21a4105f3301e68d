package org.repsportal.roster;

import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/** The roster import, for those who may import people (Admins). */
@Component
class RosterMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        return People.mayImport(actor).allowed() ? List.of(MenuItem.of(Menu.MORE, 90, "/admin/roster", "nav.roster")) : List.of();
    }
}
