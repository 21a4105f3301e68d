package org.repsportal.demo;

import java.util.List;

import org.repsportal.applications.ApplicationSeeds;
import org.repsportal.applications.ApplicationSeeds.Applicant;
import org.repsportal.applications.ApplicationSeeds.Stage;
import org.repsportal.mentorship.Mentorships;
import org.springframework.stereotype.Component;

/**
 * Applications in every state, through the applications module: one waiting for its address to be confirmed, one
 * waiting for references, one in screening, an interview booked with mentor@example.org next week, decisions (not
 * yet, rejected), one withdrawn, one closed without reply, and a new Rep half-way through onboarding whose Welcome
 * Pack is on its way. A fixed handful whatever the program's size; mentor@example.org gains no mentee.
 */
@Component
class DemoApplications {

    private final ApplicationSeeds seeds;
    private final Mentorships mentorships;

    DemoApplications(ApplicationSeeds seeds, Mentorships mentorships) {
        this.seeds = seeds;
        this.mentorships = mentorships;
    }

    void seed(DemoProgram.Cast cast) {
        // interviews other than the demo mentor's go to a mentor with room for one more mentee, who onboards the new Rep
        long other = cast.mentors().stream().skip(2)
                .filter(m -> mentorships.currentMenteeCount(m) < mentorships.capacityOf(m)).findFirst().orElseThrow();
        long council = cast.council();
        seeds.seed(applicant("Tomás Aguilar", "tomas.aguilar", "LATAM", "MX", "Guadalajara", "America/Mexico_City", "es"),
                Stage.UNCONFIRMED, council, null);
        seeds.seed(applicant("Amara Okafor", "amara.okafor", "AFRICA", "NG", "Lagos", "Africa/Lagos", "en"),
                Stage.SUBMITTED, council, null);
        seeds.seed(applicant("Zofia Nowak", "zofia.nowak", "EUROPE", "PL", "Kraków", "Europe/Warsaw", "pl"),
                Stage.SCREENING, council, null);
        seeds.seed(applicant("Priyanka Iyer", "priyanka.iyer", "ASIA", "IN", "Bengaluru", "Asia/Kolkata", "hi"),
                Stage.INTERVIEW_BOOKED, council, cast.mentor());
        seeds.seed(applicant("Lukas Brandt", "lukas.brandt", "EUROPE", "DE", "Leipzig", "Europe/Berlin", "de"),
                Stage.NOT_YET, council, other);
        seeds.seed(applicant("Jordan Miles", "jordan.miles", "NORTH_AMERICA", "US", "Denver", "America/Denver", "en"),
                Stage.REJECTED, council, other);
        seeds.seed(applicant("Chloé Martin", "chloe.martin", "EUROPE", "FR", "Lyon", "Europe/Paris", "fr"),
                Stage.WITHDRAWN, council, null);
        seeds.seed(applicant("Wanjiru Kamau", "wanjiru.kamau", "AFRICA", "KE", "Mombasa", "Africa/Nairobi", "sw"),
                Stage.CLOSED_NO_REPLY, council, null);
        seeds.seed(applicant("Beatriz Costa", "beatriz.costa", "LATAM", "BR", "Recife", "America/Recife", "pt"),
                Stage.ONBOARDING_PACK_SHIPPED, council, other);
    }

    private static Applicant applicant(String name, String local, String region, String country, String city, String zone,
                                       String language) {
        return new Applicant(name, local + "@example.com", region, country, city, zone, List.of(language, "en").stream().distinct().toList(),
                List.of("EVENTS", "COMMUNITY_BUILDING"), "Referee of " + name, "referee." + local + "@example.net");
    }
}
