package jp.procurementdesk.opportunities;

import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.identity.CurrentUser;

/**
 * The opportunities the desk publishes (docs/opportunities.md). Only advisors and supervisors
 * write them (403 for anyone else); bad input answers 400 naming each field and changes nothing.
 */
public interface Opportunities {

	/** An opportunity whatever its status, with no visibility check: for the modules that read them. */
	Optional<OpportunityView> find(UUID opportunityId);

	/** A new draft. */
	OpportunityView create(OpportunityDraft draft, CurrentUser user);

	/**
	 * DRAFT to PUBLISHED: the matching active companies are named in the
	 * {@link OpportunityEvents.OpportunityPublished} event (409 when not a draft).
	 */
	OpportunityView publish(UUID opportunityId, CurrentUser user);

	/**
	 * Corrects a draft or a published opportunity (audited with old and new values); {@code version}
	 * is the one the corrector read ({@link VersionRequired} when null; 409 when corrected since, or
	 * when CLOSED; the kind never changes: 400). A changed closing time moves the deadline timer.
	 */
	OpportunityView correct(UUID opportunityId, Long version, OpportunityDraft draft, CurrentUser user);

	/** A correction without the version it corrects (answered 428). */
	class VersionRequired extends RuntimeException {

		public VersionRequired() {
			super("The opportunity's version (If-Match) is required");
		}

	}

}
