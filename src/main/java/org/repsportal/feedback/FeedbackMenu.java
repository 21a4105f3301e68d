package org.repsportal.feedback;

import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItem.Menu;
import org.repsportal.people.MenuItems;
import org.springframework.stereotype.Component;

/** Feedback for every member; the areas' contacts for those who may set them (Admins). */
@Component
class FeedbackMenu implements MenuItems {

    @Override
    public List<MenuItem> itemsFor(Actor actor) {
        var items = new ArrayList<MenuItem>();
        items.add(MenuItem.of(Menu.MORE, 45, "/feedback", "nav.feedback"));
        if (FeedbackPolicy.mayManageContacts(actor).allowed()) {
            items.add(MenuItem.of(Menu.MORE, 95, "/admin/feedback/contacts", "nav.feedbackContacts"));
        }
        return items;
    }
}
