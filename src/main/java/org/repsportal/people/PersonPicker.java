package org.repsportal.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.repsportal.platform.Decision;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's one way of picking a person: options labelled with name, country and role, told apart when two
 * would read the same (by city, else the email's local part, else the email), and the search behind every
 * picker, which offers only whom the viewer may pick for the purpose. One statement a list (two for mentees).
 */
@Service
@Transactional(readOnly = true)
public class PersonPicker {

    /** How many options a picker lists at most: without JavaScript the first ones by name, else the matches. */
    public static final int PAGE = 50;

    /** The role a label names: the one that says most about what the person does in the program. */
    private static final List<Role> ROLE_SHOWN = List.of(Role.ALUMNI, Role.COUNCIL, Role.MENTOR, Role.ADMIN, Role.REP);

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final MessageSource messages;
    private final ObjectProvider<MentorRelations> mentorRelations;

    PersonPicker(JdbcClient jdbc, Catalog catalog, MessageSource messages, ObjectProvider<MentorRelations> mentorRelations) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.messages = messages;
        this.mentorRelations = mentorRelations;
    }

    /** Who may pick people for a purpose: anyone signed in for concerns and delegates, mentors for their mentees. */
    public static Decision mayPick(Actor viewer, PickPurpose purpose) {
        boolean allowed = switch (purpose) {
            case ANYONE, DELEGATE -> true;
            case MENTOR -> viewer.isCouncilOrAdmin() || viewer.has(Role.MENTOR);
            case MENTEE -> viewer.has(Role.MENTOR);
            case REP -> viewer.isCouncilOrAdmin();
        };
        return allowed ? Decision.allow() : Decision.refuse("policy.people.pick." + purpose.name().toLowerCase(Locale.ROOT));
    }

    /** The given people as options, by name, each label different from the others'. */
    public List<PersonOption> options(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return labelled(jdbc.sql(SELECT + " where p.id = any(:ids)")
                .param("ids", ids.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new))
                .query((rs, n) -> row(rs))
                .list());
    }

    /** The options of the given people, by id: for lists that keep their own order (ranked mentors). */
    public Map<Long, String> labels(Collection<Long> ids) {
        return options(ids).stream().collect(Collectors.toMap(PersonOption::id, PersonOption::label, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The first {@link #PAGE} people the viewer may pick for the purpose whose name matches the text (everyone
     * without text), by name, and the chosen person too when they may be picked (a form shown again keeps them).
     */
    public List<PersonOption> search(Actor viewer, PickPurpose purpose, String text, Long chosen) {
        mayPick(viewer, purpose).orForbid();
        Map<String, Object> params = new HashMap<>();
        var where = new StringBuilder(" where ").append(candidates(viewer, purpose, params));
        String match = match(text, params);
        if (chosen != null) {
            params.put("chosen", chosen);
            where.append(" and (").append(match).append(" or p.id = :chosen)");
        } else {
            where.append(" and ").append(match);
        }
        params.put("limit", PAGE);
        String order = chosen == null ? " order by lower(p.display_name), p.id" : " order by p.id = :chosen desc, lower(p.display_name), p.id";
        List<Row> rows = jdbc.sql(SELECT + where + order + " limit :limit").params(params).query((rs, n) -> row(rs)).list();
        return labelled(rows);
    }

    /**
     * Whom the viewer may pick for the purpose whose display name is the typed text (case aside), at most two: how
     * a name typed without choosing from the list is understood (one is that person; two say the name is ambiguous).
     */
    public List<Long> namedExactly(Actor viewer, PickPurpose purpose, String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        mayPick(viewer, purpose).orForbid();
        Map<String, Object> params = new HashMap<>();
        params.put("name", typed.strip().toLowerCase(Locale.ROOT));
        return jdbc.sql("select p.id from people p where " + candidates(viewer, purpose, params)
                        + " and lower(p.display_name) = :name order by p.id limit 2")
                .params(params).query(Long.class).list();
    }

    private String candidates(Actor viewer, PickPurpose purpose, Map<String, Object> params) {
        params.put("viewer", viewer.personId());
        return switch (purpose) {
            case ANYONE -> "p.status <> 'ERASED' and p.id <> :viewer";
            case DELEGATE -> "p.status = 'ACTIVE' and p.id <> :viewer";
            case MENTOR -> "p.status = 'ACTIVE' and " + holds(Role.MENTOR);
            case REP -> "p.status = 'ACTIVE' and p.id <> :viewer and " + holds(Role.REP);
            case MENTEE -> {
                params.put("mentees", mentorRelations.getIfAvailable(() -> MentorRelations.NONE)
                        .currentMenteeIds(viewer.personId()).toArray(Long[]::new));
                yield "p.id = any(:mentees)";
            }
        };
    }

    private static String holds(Role role) {
        return "exists (select 1 from person_roles r where r.person_id = p.id and r.role = '" + role.name() + "')";
    }

    /** The directory's rule: one or two letters match the start of the display name, three or more any part of a name. */
    private static String match(String text, Map<String, Object> params) {
        if (text == null || text.isBlank()) {
            return "true";
        }
        String typed = text.strip().toLowerCase(Locale.ROOT);
        if (typed.codePointCount(0, typed.length()) < Directory.SHORTEST_ANYWHERE) {
            params.put("text", escapeLike(typed) + "%");
            return "lower(p.display_name) like :text";
        }
        params.put("text", "%" + escapeLike(typed) + "%");
        return "(lower(p.display_name) like :text or lower(p.full_name) like :text)";
    }

    private static final String SELECT = """
            select p.id, p.display_name, p.country_code, p.city, p.email,
                   array(select r.role from person_roles r where r.person_id = p.id) as roles
            from people p""";

    record Row(long id, String displayName, String countryCode, String city, String email, List<Role> roles) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("display_name"), rs.getString("country_code"), rs.getString("city"),
                rs.getString("email"), roles(rs.getArray("roles")));
    }

    private static List<Role> roles(Array array) throws SQLException {
        var roles = new ArrayList<Role>();
        if (array != null) {
            for (Object role : (Object[]) array.getArray()) {
                roles.add(Role.valueOf((String) role));
            }
        }
        return roles;
    }

    /** Labels for the rows, by name; where two would read the same, each of them gets what tells them apart. */
    List<PersonOption> labelled(List<Row> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> sorted = rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.displayName().toLowerCase(Locale.ROOT)).thenComparingLong(Row::id))
                .toList();
        Map<Row, String> base = new LinkedHashMap<>();
        for (Row row : sorted) {
            base.put(row, base(row, locale));
        }
        Map<String, List<Row>> same = sorted.stream()
                .collect(Collectors.groupingBy(r -> base.get(r).toLowerCase(Locale.ROOT), LinkedHashMap::new, Collectors.toList()));
        var labels = new HashMap<Row, String>();
        for (List<Row> group : same.values()) {
            if (group.size() == 1) {
                labels.put(group.get(0), base.get(group.get(0)));
                continue;
            }
            Function<Row, String> apart = distinct(group, r -> blankToNull(r.city()))
                    ? r -> r.city().strip()
                    : distinct(group, r -> localPart(r.email())) ? r -> localPart(r.email()) : Row::email;
            for (Row row : group) {
                labels.put(row, messages.getMessage("people.pick.option.apart", new Object[] {base.get(row), apart.apply(row)}, locale));
            }
        }
        return sorted.stream().map(r -> new PersonOption(r.id(), r.displayName(), labels.get(r))).toList();
    }

    private String base(Row row, Locale locale) {
        String country = catalog.countryName(row.countryCode());
        Optional<Role> role = ROLE_SHOWN.stream().filter(row.roles()::contains).findFirst();
        if (role.isEmpty()) {
            return messages.getMessage("people.pick.option.noRole", new Object[] {row.displayName(), country}, locale);
        }
        String roleName = messages.getMessage("role." + role.get().name(), null, locale);
        return messages.getMessage("people.pick.option", new Object[] {row.displayName(), country, roleName}, locale);
    }

    /** Whether every row of the group has a value and no two the same one (case aside). */
    private static boolean distinct(List<Row> group, Function<Row, String> value) {
        var seen = new java.util.HashSet<String>();
        for (Row row : group) {
            String v = value.apply(row);
            if (v == null || !seen.add(v.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
