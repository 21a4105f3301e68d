package org.repsportal.people;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads profiles as a given person may see them. */
@Service
@Transactional(readOnly = true)
public class Profiles {

    private final People people;
    private final Catalog catalog;
    private final ObjectProvider<MentorRelations> mentorRelations;

    Profiles(People people, Catalog catalog, ObjectProvider<MentorRelations> mentorRelations) {
        this.people = people;
        this.catalog = catalog;
        this.mentorRelations = mentorRelations;
    }

    /** Whether the reader may change mentors (the mentorship module decides). */
    public boolean mayChangeMentor(Actor reader) {
        return mentorRelations.getIfAvailable(() -> MentorRelations.NONE).mayChangeMentors(reader);
    }

    public ProfileView view(Actor reader, long personId) {
        Person person = people.get(personId);
        MentorRelations relations = mentorRelations.getIfAvailable(() -> MentorRelations.NONE);
        Long mentorId = relations.currentMentorIds(List.of(personId)).get(personId);
        List<Long> menteeIds = relations.currentMenteeIds(personId);
        var ids = new ArrayList<Long>(menteeIds);
        if (mentorId != null) {
            ids.add(mentorId);
        }
        var names = people.summaries(ids);
        List<PersonSummary> mentees = People.byName(menteeIds.stream().map(names::get).filter(java.util.Objects::nonNull).toList());
        String regionCode = catalog.regionOfCountry(person.getCountryCode()).map(Catalog.Region::code).orElse(null);
        boolean closeCircle = ProfileVisibilityPolicy.isInCloseCircle(reader, personId, mentorId);
        return new ProfileView(person.getId(), person.getDisplayName(), person.getFullName(),
                closeCircle ? person.getEmail() : null,
                regionCode, regionCode == null ? null : catalog.regionName(regionCode),
                person.getCountryCode(), catalog.countryName(person.getCountryCode()), person.getCity(),
                person.getTimeZone(),
                person.getLanguages().stream().map(catalog::languageName).sorted().toList(),
                person.getFunctionalAreas().stream().map(catalog::areaName).sorted().toList(),
                person.getLanguages().stream().sorted().toList(),
                person.getFunctionalAreas().stream().sorted().toList(),
                person.getBio(), person.getJoinedOn(),
                person.getRoles().stream().sorted().toList(), person.getStatus(),
                mentorId == null ? null : names.get(mentorId), mentees,
                ProfileEditPolicy.mayEdit(reader, personId).allowed(), closeCircle);
    }
}
