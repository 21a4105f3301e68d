package org.repsportal.notifications;

import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.stereotype.Component;

/** The mail log, for those who may read it (Admins). */
@Component
class NotificationsMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        return MailLogPolicy.mayRead(actor).allowed() ? List.of(MenuItem.of(Menu.MORE, 80, "/admin/mail", "nav.mailLog")) : List.of();
    }
}
