package jp.procurementdesk.cases;

import java.util.Set;

/** The three kinds of support the desk gives, each with the outcomes it can end with (docs/contract.md, Pathway outcomes). */
public enum Pathway {

	WHO_PQ(Set.of("PREQUALIFIED", "PREQUALIFIED_WITH_COMMITMENTS", "REJECTED", "WITHDRAWN", "NOT_ELIGIBLE",
			"SCREENING_FAILED")),

	COMPENDIUM(Set.of("LISTED", "NOT_SELECTED", "OUT_OF_SCOPE")),

	UN_PROCUREMENT(Set.of("AWARDED", "LTA_SIGNED", "LOST", "TENDER_CANCELLED", "NO_BID", "DEADLINE_MISSED"));

	private final Set<String> outcomes;

	Pathway(Set<String> outcomes) {
		this.outcomes = outcomes;
	}

	public Set<String> outcomes() {
		return outcomes;
	}

}
