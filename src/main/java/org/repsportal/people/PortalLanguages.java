package org.repsportal.people;

import java.util.Collection;
import java.util.Map;

import org.repsportal.platform.Texts;
import org.springframework.stereotype.Component;

/** Tells {@link Texts} which language people chose, so mail to them is written in it. */
@Component
class PortalLanguages implements Texts.PersonLanguages {

    private final People people;

    PortalLanguages(People people) {
        this.people = people;
    }

    @Override
    public Map<Long, String> of(Collection<Long> personIds) {
        return people.portalLanguages(personIds);
    }
}
