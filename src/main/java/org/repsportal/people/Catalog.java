package org.repsportal.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The program's reference data, from the migrations: regions, countries, languages, functional areas and
 * activity types. It changes only with a release, so it is read once.
 */
@Service
public class Catalog {

    public record Region(String code, String name) {
    }

    public record Country(String code, String name, String regionCode) {
    }

    public record Language(String code, String name) {
    }

    public record FunctionalArea(String code, String name) {
    }

    public record ActivityType(String code, String name, boolean verifiable) {
    }

    public record EventType(String code, String name) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    Catalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(Map<String, Region> regions, Map<String, Country> countries,
                            Map<String, Language> languages, Map<String, FunctionalArea> areas,
                            Map<String, ActivityType> activities, Map<String, EventType> eventTypes) {
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = new Snapshot(
                    byCode(jdbc.sql("select code, name from regions order by name").query(Region.class).list(), Region::code),
                    byCode(jdbc.sql("select code, name, region_code from countries order by name").query(Country.class).list(), Country::code),
                    byCode(jdbc.sql("select code, name from languages order by name").query(Language.class).list(), Language::code),
                    byCode(jdbc.sql("select code, name from functional_areas order by name").query(FunctionalArea.class).list(), FunctionalArea::code),
                    byCode(jdbc.sql("select code, name, verifiable from activity_types order by name").query(ActivityType.class).list(), ActivityType::code),
                    byCode(jdbc.sql("select code, name from event_types order by name").query(EventType.class).list(), EventType::code));
            snapshot = current;
        }
        return current;
    }

    private static <T> Map<String, T> byCode(List<T> values, Function<T, String> code) {
        return values.stream().collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<Region> regions() {
        return List.copyOf(snapshot().regions().values());
    }

    public List<Country> countries() {
        return List.copyOf(snapshot().countries().values());
    }

    public List<Language> languages() {
        return List.copyOf(snapshot().languages().values());
    }

    public List<FunctionalArea> functionalAreas() {
        return List.copyOf(snapshot().areas().values());
    }

    public List<ActivityType> activityTypes() {
        return List.copyOf(snapshot().activities().values());
    }

    public List<EventType> eventTypes() {
        return List.copyOf(snapshot().eventTypes().values());
    }

    public boolean isEventType(String code) {
        return code != null && snapshot().eventTypes().containsKey(code);
    }

    public String eventTypeName(String code) {
        EventType type = snapshot().eventTypes().get(code);
        return type == null ? code : type.name();
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(code).map(snapshot().countries()::get);
    }

    public Optional<Region> regionOfCountry(String countryCode) {
        return country(countryCode).map(c -> snapshot().regions().get(c.regionCode()));
    }

    public boolean isRegion(String code) {
        return code != null && snapshot().regions().containsKey(code);
    }

    public boolean isLanguage(String code) {
        return code != null && snapshot().languages().containsKey(code);
    }

    public boolean isFunctionalArea(String code) {
        return code != null && snapshot().areas().containsKey(code);
    }

    public Optional<ActivityType> activityType(String code) {
        return Optional.ofNullable(code).map(snapshot().activities()::get);
    }

    public String regionName(String code) {
        Region region = snapshot().regions().get(code);
        return region == null ? code : region.name();
    }

    public String countryName(String code) {
        Country country = snapshot().countries().get(code);
        return country == null ? code : country.name();
    }

    public String languageName(String code) {
        Language language = snapshot().languages().get(code);
        return language == null ? code : language.name();
    }

    public String areaName(String code) {
        FunctionalArea area = snapshot().areas().get(code);
        return area == null ? code : area.name();
    }
}
