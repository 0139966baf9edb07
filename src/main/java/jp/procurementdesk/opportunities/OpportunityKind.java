package jp.procurementdesk.opportunities;

import java.util.Optional;

import jp.procurementdesk.cases.Pathway;

/** What the desk publishes. A notice of the first three kinds can open a case along its pathway. */
public enum OpportunityKind {

	UN_TENDER(Pathway.UN_PROCUREMENT), WHO_EOI(Pathway.WHO_PQ), COMPENDIUM_CALL(Pathway.COMPENDIUM), EVENT(null),
	NEWS(null);

	private final Pathway pathway;

	OpportunityKind(Pathway pathway) {
		this.pathway = pathway;
	}

	/** The pathway of a case opened from such a notice; empty for events and news. */
	public Optional<Pathway> pathway() {
		return Optional.ofNullable(pathway);
	}

	/** Whether a deadline is required: the notices that open cases (an event's is optional). */
	public boolean deadlineRequired() {
		return pathway != null;
	}

}
