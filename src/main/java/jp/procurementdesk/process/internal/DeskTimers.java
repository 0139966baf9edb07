package jp.procurementdesk.process.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import jp.procurementdesk.cases.WhoRoute;
import jp.procurementdesk.cases.WhoStream;
import jp.procurementdesk.process.ProcessModel.Beans;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Timer durations and due dates of the process models, as the bean {@code deskTimers}:
 * {@code ${deskTimers.triage}}, {@code ${deskTimers.whoTarget(stream, route)}},
 * {@code ${deskTimers.bidDue(submissionDeadline)}} and the like. Durations are ISO-8601
 * strings Camunda's timers accept ({@code PT48H}; cycles {@code R/PT168H}); dates are
 * {@link Date}s. "Now" is the engine's clock ({@link ClockUtil}), so a test that moves the
 * engine clock moves the due dates with it.
 */
@Component(Beans.TIMERS)
public class DeskTimers {

	private static final Duration DAY = Duration.ofDays(1);

	private final TimerProperties properties;

	public DeskTimers(TimerProperties properties) {
		this.properties = properties;
	}

	/** Triage SLA, {@code desk.sla.triage}. */
	public String getTriage() {
		return iso(properties.sla().triage());
	}

	/** Repeating reminder while the company owes information, {@code R/<desk.sla.information-reminder>}. */
	public String getInformationReminderCycle() {
		return cycle(properties.sla().informationReminder());
	}

	/** After this the case is abandoned, {@code desk.sla.information-timeout}. */
	public String getInformationTimeout() {
		return iso(properties.sla().informationTimeout());
	}

	/** Advisor task SLA, {@code desk.sla.advisor-task}. */
	public String getAdvisorTask() {
		return iso(properties.sla().advisorTask());
	}

	/** Registration review SLA, {@code desk.sla.registration-review}. */
	public String getRegistrationReview() {
		return iso(properties.sla().registrationReview());
	}

	/** Repeating status check while WHO works, {@code R/<desk.pq.status-check>}. */
	public String getPqStatusCheckCycle() {
		return cycle(properties.pq().statusCheck());
	}

	/**
	 * WHO's target time for a decision: IVD on the abridged route 100 days, IVD on the full
	 * route (or no route given) 270 days, every other stream 365 days (defaults).
	 */
	public String whoTarget(String stream, String route) {
		return iso(whoTargetDuration(stream, route));
	}

	Duration whoTargetDuration(String stream, String route) {
		TimerProperties.Pq pq = properties.pq();
		if (!WhoStream.IVD.name().equals(normalize(stream))) {
			return pq.whoTargetDefault();
		}
		return WhoRoute.ABRIDGED.name().equals(normalize(route)) ? pq.whoTargetIvdAbridged() : pq.whoTargetIvdFull();
	}

	/** Due date of {@code triage}: now plus the triage SLA. */
	public Date triageDue() {
		return Date.from(now().plus(properties.sla().triage()));
	}

	/** Due date of {@code review-registration}: now plus the registration review SLA. */
	public Date registrationReviewDue() {
		return Date.from(now().plus(properties.sla().registrationReview()));
	}

	/** The satisfaction survey ends unanswered after this, {@code desk.survey.expiry}. */
	public String getSurveyExpiry() {
		return iso(properties.survey().expiry());
	}

	/** Due date of {@code rate-support}: when the survey expires. */
	public Date surveyDue() {
		return Date.from(now().plus(properties.survey().expiry()));
	}

	/** Due date of every advisor task: now plus the advisor task SLA. */
	public Date advisorTaskDue() {
		return Date.from(now().plus(properties.sla().advisorTask()));
	}

	/** Due date of {@code prepare-application}: the internal lead time before the call's deadline. */
	public Date applicationDue(Date callDeadline) {
		return callDeadline == null ? null : Date.from(callDeadline.toInstant().minus(properties.compendium().internalLead()));
	}

	/** Due date of {@code prepare-bid}: {@code desk.bid.due-before-deadline} before the submission deadline. */
	public Date bidDue(Date deadline) {
		return deadline == null ? null : Date.from(deadline.toInstant().minus(properties.bid().dueBeforeDeadline()));
	}

	/**
	 * When to remind the company {@code daysBefore} days before the submission deadline. A
	 * reminder whose time has already passed (a short bid period, or {@code prepare-bid}
	 * entered again after changes were requested) is not sent: its date is moved a year
	 * past the deadline, where it never fires, since the deadline ends the bid first.
	 */
	public Date bidReminder(Date deadline, long daysBefore) {
		if (deadline == null) {
			throw new IllegalArgumentException("submissionDeadline is required for the bid reminders");
		}
		Instant reminder = deadline.toInstant().minus(DAY.multipliedBy(daysBefore));
		if (!reminder.isAfter(now())) {
			return Date.from(deadline.toInstant().plus(Duration.ofDays(365)));
		}
		return Date.from(reminder);
	}

	private static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	private static String iso(Duration duration) {
		return duration.toString();
	}

	private static String cycle(Duration duration) {
		return "R/" + iso(duration);
	}

	private static String normalize(String value) {
		return value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
	}

}
