package org.repsportal.leaders;

import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pipeline of emerging leaders as a Council tab, counting the nominations still open. */
@Component
class LeadersMenu implements MenuItems {

    private final JdbcClient jdbc;

    LeadersMenu(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        if (LeaderNominationPolicy.mayWorkAsCouncil(actor).refused()) {
            return List.of();
        }
        return List.of(MenuItem.of(Menu.COUNCIL, 30, "/council/nominations", "council.tabs.nominations")
                .counting(() -> open(actor)));
    }

    /** Open nominations in the member's pipeline (their own nomination left out, as in the pipeline): one statement. */
    private long open(Actor actor) {
        return jdbc.sql("select count(*) from nominations n where n.nominee_id <> :reader and n.state = any(:states)")
                .param("reader", actor.personId())
                .param("states", LeaderNominationState.OPEN_STATES.stream().map(Enum::name).toArray(String[]::new))
                .query(Long.class).single();
    }
}
