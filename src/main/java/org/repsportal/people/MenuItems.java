package org.repsportal.people;

import java.util.List;

/**
 * What one module adds to the portal's menus for a person: a bean per module, each item decided by the rule the
 * module's own pages use (the Council's queue only for the Council, the mail log only for Admins), so a menu never
 * offers a page that would refuse the person.
 */
public interface MenuItems {

    List<MenuItem> itemsFor(Actor actor);
}
