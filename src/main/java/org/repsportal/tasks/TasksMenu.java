package org.repsportal.tasks;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.stereotype.Component;

/** One's tasks for everyone; the Council's queue as the first tab of the Council's hub, counting its open tasks. */
@Component
class TasksMenu implements MenuItems {

    private final TaskQueries queries;

    TasksMenu(TaskQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        items.add(MenuItem.of(Menu.MAIN, 30, "/tasks", "nav.tasks"));
        if (TaskAccessPolicy.mayWorkTheCouncilQueue(actor).allowed()) {
            items.add(MenuItem.of(Menu.COUNCIL, 10, "/council", "council.tabs.queue")
                    .counting(() -> queries.countOpenInvolving(actor.personId())));
        }
        return items;
    }
}
