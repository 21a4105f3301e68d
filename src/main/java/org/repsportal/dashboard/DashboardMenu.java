package org.repsportal.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.stereotype.Component;

/** The dashboard for everyone; the mentors' loads and the Reps without a mentor as Council tabs, by the program view's rule. */
@Component
class DashboardMenu implements MenuItems {

    private final ProgramOverview program;

    DashboardMenu(ProgramOverview program) {
        this.program = program;
    }

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        items.add(MenuItem.of(Menu.MAIN, 10, "/dashboard", "nav.dashboard"));
        if (ProgramOverview.mayView(actor).allowed()) {
            items.add(MenuItem.of(Menu.COUNCIL, 50, "/dashboard/mentors", "council.tabs.mentors"));
            items.add(MenuItem.of(Menu.COUNCIL, 60, "/dashboard/unmentored", "council.tabs.unmentored")
                    .alsoUnder("/dashboard/orphans")
                    .counting(() -> program.repsWithoutActiveMentor(actor, 0, DashboardController.LIST_SIZE).total()));
        }
        return items;
    }
}
