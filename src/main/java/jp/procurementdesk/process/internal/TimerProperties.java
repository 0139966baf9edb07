package jp.procurementdesk.process.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every duration the process models use (SPEC section 4), as ISO-8601 durations; each has a
 * default, so {@code new TimerProperties(null, null, null, null)} is the default set.
 *
 * @param sla service levels of the support case
 * @param pq WHO prequalification
 * @param compendium WHO Compendium listing
 * @param bid UN tenders
 */
@ConfigurationProperties("desk")
public record TimerProperties(Sla sla, Pq pq, Compendium compendium, Bid bid) {

	public TimerProperties {
		sla = sla == null ? new Sla(null, null, null, null) : sla;
		pq = pq == null ? new Pq(null, null, null, null) : pq;
		compendium = compendium == null ? new Compendium(null) : compendium;
		bid = bid == null ? new Bid(null) : bid;
	}

	/** The defaults. */
	public static TimerProperties defaults() {
		return new TimerProperties(null, null, null, null);
	}

	/**
	 * {@code desk.sla.*}.
	 *
	 * @param triage how long triage may wait before it is overdue (P2D)
	 * @param informationReminder interval of the reminders while the company owes information (P7D)
	 * @param informationTimeout after this the case is abandoned (P30D)
	 * @param advisorTask how long an advisor task may stay open (P5D)
	 */
	public record Sla(Duration triage, Duration informationReminder, Duration informationTimeout,
			Duration advisorTask) {

		public Sla {
			triage = orDefault(triage, Duration.ofDays(2));
			informationReminder = orDefault(informationReminder, Duration.ofDays(7));
			informationTimeout = orDefault(informationTimeout, Duration.ofDays(30));
			advisorTask = orDefault(advisorTask, Duration.ofDays(5));
		}

	}

	/**
	 * {@code desk.pq.*}.
	 *
	 * @param statusCheck interval of the status-check reminders while WHO works (P30D)
	 * @param whoTargetIvdFull WHO's target for an IVD on the full route (P270D)
	 * @param whoTargetIvdAbridged WHO's target for an IVD on the abridged route (P100D)
	 * @param whoTargetDefault WHO's target for every other stream (P365D)
	 */
	public record Pq(Duration statusCheck, Duration whoTargetIvdFull, Duration whoTargetIvdAbridged,
			Duration whoTargetDefault) {

		public Pq {
			statusCheck = orDefault(statusCheck, Duration.ofDays(30));
			whoTargetIvdFull = orDefault(whoTargetIvdFull, Duration.ofDays(270));
			whoTargetIvdAbridged = orDefault(whoTargetIvdAbridged, Duration.ofDays(100));
			whoTargetDefault = orDefault(whoTargetDefault, Duration.ofDays(365));
		}

	}

	/**
	 * {@code desk.compendium.*}.
	 *
	 * @param internalLead the application is due this long before the call's deadline (P10D)
	 */
	public record Compendium(Duration internalLead) {

		public Compendium {
			internalLead = orDefault(internalLead, Duration.ofDays(10));
		}

	}

	/**
	 * {@code desk.bid.*}.
	 *
	 * @param dueBeforeDeadline the bid is due this long before the submission deadline (P3D)
	 */
	public record Bid(Duration dueBeforeDeadline) {

		public Bid {
			dueBeforeDeadline = orDefault(dueBeforeDeadline, Duration.ofDays(3));
		}

	}

	private static Duration orDefault(Duration value, Duration fallback) {
		if (value == null) {
			return fallback;
		}
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException("Desk durations must be positive, got " + value);
		}
		return value;
	}

}
