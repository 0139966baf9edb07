package jp.procurementdesk.opportunities;

import static jp.procurementdesk.support.DemoUsers.ADVISOR;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.identity.DeskRole;

/** Events the tests publish through the module's Java API, as the demo advisor. */
public final class Events {

	public static final CurrentUser DESK = new CurrentUser(ADVISOR, "Tanaka", null, Set.of(DeskRole.ADVISOR), null);

	private Events() {
	}

	/** A published event starting in a week, registration open for five days. */
	public static OpportunityView publish(Opportunities opportunities, Clock clock, String title, Integer capacity) {
		OffsetDateTime now = OffsetDateTime.now(clock).withNano(0);
		return publish(opportunities, title, capacity, now.plusDays(5), now.plusDays(7));
	}

	public static OpportunityView publish(Opportunities opportunities, String title, Integer capacity,
			OffsetDateTime registrationDeadline, OffsetDateTime startsAt) {
		OpportunityDraft draft = new OpportunityDraft(OpportunityKind.EVENT, title,
				"Meet UNICEF Supply Division's buyers.\nBring your catalogue.", null, Set.of(), List.of(), null,
				"https://example.org/event", registrationDeadline, startsAt, startsAt.plus(Duration.ofHours(8)),
				"Tokyo Big Sight, Hall 3", capacity);
		OpportunityView created = opportunities.create(draft, DESK);
		return opportunities.publish(created.id(), DESK);
	}

	/** A company user who signs in nowhere: for calls to the Java API only. */
	public static CurrentUser companyUser(String username, String companyId) {
		return new CurrentUser(username, username, null, Set.of(DeskRole.COMPANY), companyId);
	}

}
