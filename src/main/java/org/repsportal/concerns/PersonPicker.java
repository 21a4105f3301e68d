package org.repsportal.concerns;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.repsportal.people.Directory;
import org.repsportal.people.DirectoryEntry;
import org.repsportal.people.DirectoryQuery;
import org.repsportal.people.People;
import org.springframework.stereotype.Component;

/**
 * Turns what someone typed for "the person concerned" into a person: a suggestion ending in "(#id)", or a
 * name that exactly one person in the directory has.
 */
@Component
class PersonPicker {

    static final int SUGGESTIONS = 10;
    private static final Pattern NUMBERED = Pattern.compile(".*\\(#(\\d{1,18})\\)\\s*$");

    /** The outcome: a person, nobody (blank input), or the message key of what is wrong. */
    record Pick(Long personId, String problem) {

        static Pick none() {
            return new Pick(null, null);
        }
    }

    private final Directory directory;
    private final People people;

    PersonPicker(Directory directory, People people) {
        this.directory = directory;
        this.people = people;
    }

    Pick pick(String typed) {
        if (typed == null || typed.isBlank()) {
            return Pick.none();
        }
        Matcher numbered = NUMBERED.matcher(typed);
        if (numbered.matches()) {
            long id = Long.parseLong(numbered.group(1));
            return people.find(id).isPresent() ? new Pick(id, null) : new Pick(null, "council.concern.aboutPerson.unknown");
        }
        String name = typed.strip();
        List<DirectoryEntry> named = directory.search(new DirectoryQuery(name, null, null, null), 0, SUGGESTIONS).items().stream()
                .filter(e -> e.displayName().equalsIgnoreCase(name))
                .toList();
        if (named.size() == 1) {
            return new Pick(named.get(0).id(), null);
        }
        return new Pick(null, named.isEmpty() ? "council.concern.aboutPerson.unknown" : "council.concern.aboutPerson.ambiguous");
    }

    /** Suggestions for what was typed so far, as "Name (#id)". */
    List<String> suggest(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        return directory.search(new DirectoryQuery(typed.strip(), null, null, null), 0, SUGGESTIONS).items().stream()
                .map(e -> e.displayName() + " (#" + e.id() + ")")
                .toList();
    }
}
