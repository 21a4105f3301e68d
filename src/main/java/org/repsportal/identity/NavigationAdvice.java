package org.repsportal.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.repsportal.people.MenuItem;
import org.repsportal.people.MenuItems;
import org.repsportal.people.Navigation;
import org.repsportal.people.People;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every page's menus ({@code nav}): what each module offers the signed-in person, read only when the page's
 * template shows them; nobody signed in gets empty menus.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final ObjectProvider<MenuItems> contributions;
    private final People people;

    NavigationAdvice(ObjectProvider<MenuItems> contributions, People people) {
        this.contributions = contributions;
        this.people = people;
    }

    /**
     * The menus of the request being answered, for a page whose model has none (an error page answered by an
     * exception handler, which the model attribute does not reach); the layout asks for it.
     */
    public Navigation current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return navigation(attributes.getRequest());
        }
        return new Navigation("", List::of);
    }

    @ModelAttribute("nav")
    Navigation navigation(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new Navigation(path, () -> CurrentActor.of(request, people)
                .map(actor -> contributions.orderedStream().flatMap(c -> c.itemsFor(actor).stream()).toList())
                .orElse(List.<MenuItem>of()));
    }
}
