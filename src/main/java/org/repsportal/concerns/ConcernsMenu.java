package org.repsportal.concerns;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Raising a concern, for whoever may raise one; the queue of concerns as a Council tab, counting the open ones. */
@Component
class ConcernsMenu implements MenuItems {

    private final JdbcClient jdbc;

    ConcernsMenu(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        if (RaiseConcernPolicy.mayRaise(actor).allowed()) {
            items.add(MenuItem.of(Menu.MORE, 40, "/concerns/new", "nav.concern"));
        }
        if (CouncilPolicy.mayWorkAsCouncil(actor).allowed()) {
            items.add(MenuItem.of(Menu.COUNCIL, 20, "/council/concerns", "council.tabs.concerns").counting(() -> open(actor)));
        }
        return items;
    }

    /** The open concerns the member works on (those about themselves left out, as in the queue): one statement. */
    private long open(Actor actor) {
        return jdbc.sql("""
                        select count(*) from concerns c where (c.about_person_id is null or c.about_person_id <> :reader)
                        and c.state in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS')""")
                .param("reader", actor.personId()).query(Long.class).single();
    }
}
