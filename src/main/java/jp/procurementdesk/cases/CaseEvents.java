package jp.procurementdesk.cases;

import java.util.Set;
import java.util.UUID;

/** Past-tense facts the cases module publishes (synchronously, inside the transaction). */
public final class CaseEvents {

	private CaseEvents() {
	}

	public record CaseOpened(UUID caseId, String reference, String companyId, ProductCategory productCategory,
			Set<Pathway> pathways, String openedBy) {
	}

	public record CaseWithdrawn(UUID caseId, String actor, String reason) {
	}

	public record CaseClosed(UUID caseId, String reference, String companyId, CaseOutcome outcome) {
	}

	/** A question was answered at triage: the case closes {@code ANSWERED}; the answer is shown as a desk message. */
	public record QuestionAnswered(UUID caseId, String companyId, String answer, String answeredBy) {
	}

	public record SlaBreached(UUID caseId, String reference, SlaBreachKind kind, String taskKey) {
	}

}
