package org.repsportal.board;

import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.stereotype.Component;

/** The mentors' board, for those the board's rule lets in. */
@Component
class BoardMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        return BoardAccessPolicy.mayUse(actor).allowed() ? List.of(MenuItem.of(Menu.MORE, 30, "/board", "nav.board")) : List.of();
    }
}
