package jp.procurementdesk.process.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every duration the process models use (docs/contract.md, Processes), as ISO-8601 durations;
 * their defaults are in {@code application.yml}, the only place that sets them.
 *
 * @param sla service levels of the support case and of a company's registration review
 * @param pq WHO prequalification
 * @param compendium WHO Compendium listing
 * @param bid UN tenders
 * @param survey the satisfaction survey after a case closes
 */
@ConfigurationProperties("desk")
public record TimerProperties(Sla sla, Pq pq, Compendium compendium, Bid bid, Survey survey) {

	/**
	 * {@code desk.sla.*}.
	 *
	 * @param triage how long triage may wait before it is overdue
	 * @param informationReminder interval of the reminders while the company owes information
	 * @param informationTimeout after this the case is abandoned
	 * @param advisorTask how long an advisor task may stay open
	 * @param registrationReview how long a company's registration may wait for its review
	 */
	public record Sla(Duration triage, Duration informationReminder, Duration informationTimeout,
			Duration advisorTask, Duration registrationReview) {

		public Sla {
			positive(triage);
			positive(informationReminder);
			positive(informationTimeout);
			positive(advisorTask);
			positive(registrationReview);
		}

	}

	/**
	 * {@code desk.pq.*}.
	 *
	 * @param statusCheck interval of the status-check reminders while WHO works
	 * @param whoTargetIvdFull WHO's target for an IVD on the full route
	 * @param whoTargetIvdAbridged WHO's target for an IVD on the abridged route
	 * @param whoTargetDefault WHO's target for every other stream
	 */
	public record Pq(Duration statusCheck, Duration whoTargetIvdFull, Duration whoTargetIvdAbridged,
			Duration whoTargetDefault) {

		public Pq {
			positive(statusCheck);
			positive(whoTargetIvdFull);
			positive(whoTargetIvdAbridged);
			positive(whoTargetDefault);
		}

	}

	/**
	 * {@code desk.compendium.*}.
	 *
	 * @param internalLead the application is due this long before the call's deadline
	 */
	public record Compendium(Duration internalLead) {

		public Compendium {
			positive(internalLead);
		}

	}

	/**
	 * {@code desk.bid.*}.
	 *
	 * @param dueBeforeDeadline the bid is due this long before the submission deadline
	 */
	public record Bid(Duration dueBeforeDeadline) {

		public Bid {
			positive(dueBeforeDeadline);
		}

	}

	/**
	 * {@code desk.survey.*}.
	 *
	 * @param expiry the survey ends without a rating when the company has not rated within this
	 */
	public record Survey(Duration expiry) {

		public Survey {
			positive(expiry);
		}

	}

	private static void positive(Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("Desk durations must be positive, got " + value);
		}
	}

}
