package org.repsportal.applications;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param minMonthsInvolved  how long an applicant must have been involved with the community
 * @param mentorDecides      whether the interviewing mentor decides instead of the Council
 * @param silenceWarning     an applicant the program waits on is warned after this long
 * @param silenceClosure     … and the application is closed without reply after this long
 * @param interviewDue       the interviewer's task is due this long after the assignment
 * @param refereeReminder    a referee who has not answered is reminded after this long, at most twice
 * @param minFillTime        a form sent back faster than this was not filled in by a person
 * @param perAddress         how many applications one email address may send per window
 * @param perClient          how many applications one client address may send per window
 * @param window             the window of both limits
 * @param interviewLength    how long an interview lasts
 * @param onboardingWithin   onboarding (with the orientation check-in) is due this long after acceptance; then the Council is told
 * @param jobsAt             when the daily watch runs (UTC)
 */
@ConfigurationProperties("portal.applications")
record ApplicationsProperties(@DefaultValue("6") int minMonthsInvolved,
                              @DefaultValue("false") boolean mentorDecides,
                              @DefaultValue("14d") Duration silenceWarning,
                              @DefaultValue("21d") Duration silenceClosure,
                              @DefaultValue("7d") Duration interviewDue,
                              @DefaultValue("7d") Duration refereeReminder,
                              @DefaultValue("4s") Duration minFillTime,
                              @DefaultValue("3") int perAddress,
                              @DefaultValue("20") int perClient,
                              @DefaultValue("24h") Duration window,
                              @DefaultValue("45m") Duration interviewLength,
                              @DefaultValue("30d") Duration onboardingWithin,
                              @DefaultValue("05:30") LocalTime jobsAt) {
}
