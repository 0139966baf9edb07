package jp.procurementdesk.cases;

/**
 * How a pathway ended (docs/contract.md, Pathway outcomes), each outcome of exactly one {@link Pathway}. The names are
 * what the process models record and what {@code pathwayOutcomes} of a case shows.
 */
public enum PathwayOutcome {

	PREQUALIFIED(Pathway.WHO_PQ), PREQUALIFIED_WITH_COMMITMENTS(Pathway.WHO_PQ), REJECTED(Pathway.WHO_PQ),
	WITHDRAWN(Pathway.WHO_PQ), NOT_ELIGIBLE(Pathway.WHO_PQ), SCREENING_FAILED(Pathway.WHO_PQ),

	LISTED(Pathway.COMPENDIUM), NOT_SELECTED(Pathway.COMPENDIUM), OUT_OF_SCOPE(Pathway.COMPENDIUM),

	AWARDED(Pathway.UN_PROCUREMENT), LTA_SIGNED(Pathway.UN_PROCUREMENT), LOST(Pathway.UN_PROCUREMENT),
	TENDER_CANCELLED(Pathway.UN_PROCUREMENT), NO_BID(Pathway.UN_PROCUREMENT), DEADLINE_MISSED(Pathway.UN_PROCUREMENT);

	private final Pathway pathway;

	PathwayOutcome(Pathway pathway) {
		this.pathway = pathway;
	}

	public Pathway pathway() {
		return pathway;
	}

	/** A won tender or a long-term agreement carries the contract's value; no other outcome does. */
	public boolean hasContractValue() {
		return this == AWARDED || this == LTA_SIGNED;
	}

}
