/**
 * Mail the portal sends: other modules {@link org.repsportal.notifications.Outbox#queue queue} a
 * {@link org.repsportal.notifications.Mail} in their own transaction; the outbox applies the recipient's
 * choice for its {@link org.repsportal.notifications.MailCategory} (at once, daily digest, or off) and a
 * scheduled task sends it over SMTP with retry and back-off. Every mail carries its category in a
 * {@code List-Id}, an {@code X-Reps-Portal-Category} header and a stable subject prefix, so people can filter it.
 * Without an SMTP host the mail is kept and shown to Admins in the mail log ({@code /admin/mail}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.repsportal.notifications;
