package org.repsportal.budgets;

import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.stereotype.Component;

/** Budget requests, open to every signed-in person. */
@Component
class BudgetsMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        return List.of(MenuItem.of(Menu.MAIN, 60, "/budgets", "nav.budgets"));
    }
}
