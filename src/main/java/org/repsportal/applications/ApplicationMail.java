package org.repsportal.applications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.repsportal.notifications.AddressedMail;
import org.repsportal.notifications.Mail;
import org.repsportal.notifications.MailCategory;
import org.repsportal.notifications.Outbox;
import org.repsportal.platform.PortalLinks;
import org.repsportal.platform.Texts;
import org.springframework.stereotype.Component;

/** The mail of each step: to the applicant and the referees by address, to members through the outbox. */
@Component
class ApplicationMail {

    private final Outbox outbox;
    private final Texts texts;
    private final PortalLinks links;

    ApplicationMail(Outbox outbox, Texts texts, PortalLinks links) {
        this.outbox = outbox;
        this.texts = texts;
        this.links = links;
    }

    String statusUrl(Application a) {
        return links.to("/application/" + a.getStatusToken());
    }

    String confirmUrl(Application a) {
        return links.to("/apply/confirm/" + a.getConfirmToken());
    }

    String refereeUrl(Referee r) {
        return links.to("/reference/" + r.getToken());
    }

    String pageUrl(Application a) {
        return links.to("/applications/" + a.getId());
    }

    /** The slot's time in the given zone (the applicant's), named, in English as applicant mail is. */
    String when(InterviewSlot slot, String zone) {
        return texts.inZone(zone).at(slot.startIn(zone).toInstant(), null);
    }

    /** The slot's time for a member: in their zone and language, with the applicant's time beside it. */
    String whenFor(long personId, InterviewSlot slot, String applicantZone) {
        return texts.forPerson(personId).at(slot.startIn(applicantZone).toInstant(), applicantZone);
    }

    /** When the slot starts in the zone, written out in the language of the texts. */
    static String when(InterviewSlot slot, String zone, Texts texts) {
        return DateTimeFormatter.ofPattern(texts.get("format.dateTime.long"), texts.locale()).format(slot.startIn(zone))
                + " (" + zone + ")";
    }

    /** The texts in the language the applicant applied in: an applicant is no person yet, the application keeps it. */
    Texts textsOf(Application a) {
        return texts.in(Locale.forLanguageTag(a.getLanguage()));
    }

    /**
     * A mail to the applicant, in the language they applied in: the subject and body keys get the name first, then
     * the given arguments, then the status link.
     */
    void toApplicant(Application a, String key, Object... args) {
        toApplicant(a, null, key, args);
    }

    void toApplicant(Application a, Mail.Attachment attachment, String key, Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = a.getName();
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = statusUrl(a);
        Texts texts = textsOf(a);
        var mail = AddressedMail.to(a.getEmail(), a.getName(), MailCategory.APPLICATIONS,
                texts.get(key + ".subject", all), texts.get(key + ".body", all)).in(texts.locale());
        outbox.queueToAddress(attachment == null ? mail : mail.attach(attachment));
    }

    void confirmation(Application a) {
        Texts texts = textsOf(a);
        outbox.queueToAddress(AddressedMail.to(a.getEmail(), a.getName(), MailCategory.APPLICATIONS,
                texts.get("application.mail.confirm.subject"),
                texts.get("application.mail.confirm.body", a.getName(), confirmUrl(a))).in(texts.locale()));
    }

    /** A referee is no member either: they are asked in the language the applicant who named them applied in. */
    void refereeRequest(Application a, Referee r, boolean reminder) {
        String key = reminder ? "application.mail.referee-reminder" : "application.mail.referee";
        Texts texts = textsOf(a);
        outbox.queueToAddress(AddressedMail.to(r.getEmail(), r.getName(), MailCategory.APPLICATIONS,
                texts.get(key + ".subject", a.getName()),
                texts.get(key + ".body", r.getName(), a.getName(), refereeUrl(r))).in(texts.locale()));
    }

    /** Mail to a member of the program, in the language they chose. */
    void toMember(long personId, String key, Object... args) {
        Texts texts = this.texts.forPerson(personId);
        outbox.queue(Mail.to(personId, MailCategory.APPLICATIONS, texts.get(key + ".subject", args), texts.get(key + ".body", args)));
    }

    void toMember(long personId, Mail.Attachment attachment, String key, Object... args) {
        Texts texts = this.texts.forPerson(personId);
        outbox.queue(Mail.to(personId, MailCategory.APPLICATIONS, texts.get(key + ".subject", args), texts.get(key + ".body", args))
                .attach(attachment));
    }

    static String zoneOf(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (java.time.DateTimeException e) {
            return "UTC";
        }
    }
}
