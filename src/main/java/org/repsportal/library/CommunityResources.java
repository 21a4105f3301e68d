package org.repsportal.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.repsportal.people.Actor;
import org.repsportal.platform.FieldProblem;
import org.repsportal.platform.InvalidInputException;
import org.repsportal.platform.NotFoundException;
import org.repsportal.platform.PageResult;
import org.repsportal.platform.InputChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Community resources: members add links and flag outdated ones; the Council approves, hides and clears flags. */
@Service
@Transactional
public class CommunityResources {

    private static final String COLUMNS = """
            select r.id, r.title, r.url, r.topic, r.note, r.added_by, a.display_name, r.added_at, r.status,
                   r.flagged_outdated, r.flag_note
            from community_resources r join people a on a.id = r.added_by""";

    private final CommunityResourceRepository resources;
    private final JdbcClient jdbc;
    private final Clock clock;

    CommunityResources(CommunityResourceRepository resources, JdbcClient jdbc, Clock clock) {
        this.resources = resources;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CommunityResource add(Actor actor, NewResource resource) {
        LibraryPolicy.mayContribute(actor).orForbid();
        var problems = new ArrayList<FieldProblem>();
        if (resource.title() == null || resource.title().isBlank()) {
            problems.add(new FieldProblem("title", "library.resource.title.required"));
        } else if (resource.title().strip().length() > 200) {
            problems.add(new FieldProblem("title", "library.resource.title.long"));
        }
        if (resource.url() == null || !InputChecks.isWebAddress(resource.url().strip())) {
            problems.add(new FieldProblem("url", "library.resource.url.invalid"));
        }
        if (resource.topic() == null) {
            problems.add(new FieldProblem("topic", "library.resource.topic.required"));
        }
        if (resource.note() != null && resource.note().strip().length() > Library.MAX_NOTE) {
            problems.add(new FieldProblem("note", "library.note.long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String note = resource.note() == null || resource.note().isBlank() ? null : resource.note().strip();
        return resources.save(new CommunityResource(resource.title().strip(), resource.url().strip(), resource.topic(), note,
                actor.personId(), clock.instant()));
    }

    public CommunityResource flagOutdated(Actor actor, long id, String note) {
        LibraryPolicy.mayContribute(actor).orForbid();
        CommunityResource resource = listed(id);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            text = text.substring(0, 500);
        }
        resource.flagOutdated(actor.personId(), text, clock.instant());
        return resource;
    }

    public CommunityResource clearFlag(Actor actor, long id) {
        LibraryPolicy.mayModerate(actor).orForbid();
        CommunityResource resource = get(id);
        resource.clearFlag(actor.personId(), clock.instant());
        return resource;
    }

    public CommunityResource approve(Actor actor, long id) {
        LibraryPolicy.mayModerate(actor).orForbid();
        CommunityResource resource = get(id);
        resource.approve(actor.personId(), clock.instant());
        return resource;
    }

    public CommunityResource hide(Actor actor, long id) {
        LibraryPolicy.mayModerate(actor).orForbid();
        CommunityResource resource = get(id);
        resource.hide(actor.personId(), clock.instant());
        return resource;
    }

    /** Listed resources (not hidden) by topic and title. */
    @Transactional(readOnly = true)
    public PageResult<ResourceListing> listed(int page, int size) {
        long total = jdbc.sql("select count(*) from community_resources where status <> 'HIDDEN'").query(Long.class).single();
        List<ResourceListing> items = jdbc.sql(COLUMNS
                        + " where r.status <> 'HIDDEN' order by r.topic, lower(r.title), r.id limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> listing(rs))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** What waits for the Council: new links, flagged ones and hidden ones, newest first. */
    @Transactional(readOnly = true)
    public PageResult<ResourceListing> forModeration(Actor actor, int page, int size) {
        LibraryPolicy.mayModerate(actor).orForbid();
        String where = " where r.status <> 'APPROVED' or r.flagged_outdated";
        long total = jdbc.sql("select count(*) from community_resources r" + where).query(Long.class).single();
        List<ResourceListing> items = jdbc.sql(COLUMNS + where + " order by r.added_at desc, r.id desc limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> listing(rs))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    @Transactional(readOnly = true)
    public CommunityResource get(long id) {
        return resources.findById(id).orElseThrow(() -> new NotFoundException("Resource", id));
    }

    private CommunityResource listed(long id) {
        CommunityResource resource = get(id);
        if (resource.getStatus() == ResourceStatus.HIDDEN) {
            throw new NotFoundException("Resource", id);
        }
        return resource;
    }

    private static ResourceListing listing(ResultSet rs) throws SQLException {
        return new ResourceListing(rs.getLong("id"), rs.getString("title"), rs.getString("url"),
                ResourceTopic.valueOf(rs.getString("topic")), rs.getString("note"), rs.getLong("added_by"),
                rs.getString("display_name"), rs.getTimestamp("added_at").toInstant(), ResourceStatus.valueOf(rs.getString("status")),
                rs.getBoolean("flagged_outdated"), rs.getString("flag_note"));
    }
}
