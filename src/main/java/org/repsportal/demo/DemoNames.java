package org.repsportal.demo;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Names, places and languages that make the demo program look like a worldwide community. */
final class DemoNames {

    record Place(String countryCode, String city, String timeZone, List<String> languages) {
    }

    static final Map<String, List<Place>> PLACES = Map.of(
            "AFRICA", List.of(
                    new Place("NG", "Lagos", "Africa/Lagos", List.of("en")),
                    new Place("KE", "Nairobi", "Africa/Nairobi", List.of("en", "sw")),
                    new Place("EG", "Cairo", "Africa/Cairo", List.of("ar", "en")),
                    new Place("TN", "Tunis", "Africa/Tunis", List.of("ar", "fr")),
                    new Place("CM", "Yaoundé", "Africa/Douala", List.of("fr", "en"))),
            "ASIA", List.of(
                    new Place("IN", "Pune", "Asia/Kolkata", List.of("hi", "en")),
                    new Place("BD", "Dhaka", "Asia/Dhaka", List.of("bn", "en")),
                    new Place("ID", "Jakarta", "Asia/Jakarta", List.of("id", "en")),
                    new Place("TW", "Taipei", "Asia/Taipei", List.of("zh", "en")),
                    new Place("PH", "Manila", "Asia/Manila", List.of("tl", "en"))),
            "EUROPE", List.of(
                    new Place("DE", "Berlin", "Europe/Berlin", List.of("de", "en")),
                    new Place("GR", "Athens", "Europe/Athens", List.of("el", "en")),
                    new Place("AL", "Tirana", "Europe/Tirane", List.of("sq", "en", "it")),
                    new Place("IT", "Bologna", "Europe/Rome", List.of("it", "en")),
                    new Place("PL", "Kraków", "Europe/Warsaw", List.of("pl", "en"))),
            "LATAM", List.of(
                    new Place("BR", "São Paulo", "America/Sao_Paulo", List.of("pt", "es")),
                    new Place("MX", "Guadalajara", "America/Mexico_City", List.of("es", "en")),
                    new Place("AR", "Córdoba", "America/Argentina/Cordoba", List.of("es")),
                    new Place("CO", "Medellín", "America/Bogota", List.of("es", "en")),
                    new Place("PE", "Lima", "America/Lima", List.of("es"))),
            "NORTH_AMERICA", List.of(
                    new Place("US", "Portland", "America/Los_Angeles", List.of("en", "es")),
                    new Place("CA", "Montréal", "America/Toronto", List.of("fr", "en")),
                    new Place("US", "Chicago", "America/Chicago", List.of("en"))));

    static final List<String> REGIONS = List.of("AFRICA", "ASIA", "EUROPE", "LATAM", "NORTH_AMERICA");

    private static final Map<String, List<String>> GIVEN = Map.of(
            "AFRICA", List.of("Amara", "Chinedu", "Wanjiru", "Kofi", "Fatma", "Youssef", "Nia", "Tendai", "Ayo", "Salma"),
            "ASIA", List.of("Priya", "Arjun", "Rahim", "Dewi", "Mei", "Hiroshi", "Ananya", "Joko", "Lin", "Marisol"),
            "EUROPE", List.of("Lena", "Jonas", "Eleni", "Dritan", "Giulia", "Kasia", "Marco", "Sofia", "Niko", "Anja"),
            "LATAM", List.of("Lucas", "Camila", "Mateo", "Valentina", "Diego", "Ana", "Joaquín", "Isabela", "Rafael", "Lucía"),
            "NORTH_AMERICA", List.of("Emily", "Jamal", "Chloé", "Ethan", "Maya", "Noah", "Olivia", "Liam", "Zoe", "Owen"));

    private static final Map<String, List<String>> FAMILY = Map.of(
            "AFRICA", List.of("Okafor", "Mwangi", "Hassan", "Mensah", "Ben Salah", "Adeyemi", "Njoroge", "Moyo"),
            "ASIA", List.of("Sharma", "Rahman", "Santoso", "Chen", "Tanaka", "Iyer", "Wibowo", "Reyes"),
            "EUROPE", List.of("Schmidt", "Papadopoulos", "Hoxha", "Rossi", "Nowak", "Weber", "Bianchi", "Kowalski"),
            "LATAM", List.of("Silva", "González", "Rodríguez", "Oliveira", "Martínez", "Pereira", "Torres", "Ramírez"),
            "NORTH_AMERICA", List.of("Johnson", "Tremblay", "Williams", "Nguyen", "Brown", "Gagnon", "Davis", "Lee"));

    static final List<String> AREAS = List.of("LOCALIZATION", "EVENTS", "PRIVACY", "DEVELOPMENT", "QA", "SUPPORT",
            "EDUCATION", "MARKETING", "DOCUMENTATION", "OPEN_INNOVATION", "COMMUNITY_BUILDING");

    static final List<String> BIOS = List.of(
            "Organises monthly community meetups and loves onboarding first-time contributors.",
            "Translator and reviewer; runs localization sprints with students.",
            "Teaches privacy workshops at libraries and schools.",
            "Writes documentation and helps new contributors find their first bug.",
            "Campus club lead, building a community of student contributors.",
            "Runs the regional social channels and campaign launches.");

    private DemoNames() {
    }

    static String given(String region, RandomGenerator random) {
        List<String> names = GIVEN.get(region);
        return names.get(random.nextInt(names.size()));
    }

    static String family(String region, RandomGenerator random) {
        List<String> names = FAMILY.get(region);
        return names.get(random.nextInt(names.size()));
    }
}
