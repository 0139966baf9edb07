package jp.procurementdesk.cases.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.procurementdesk.cases.PathwayOutcome;

/** A pathway's recorded outcome, a row of {@code case_pathway_outcome} embedded in {@link SupportCase}. */
@Embeddable
class PathwayResult {

	@Enumerated(EnumType.STRING)
	private PathwayOutcome outcome;

	private BigDecimal contractValueUsd;

	private OffsetDateTime recordedAt;

	protected PathwayResult() {
	}

	PathwayResult(PathwayOutcome outcome, BigDecimal contractValueUsd, OffsetDateTime recordedAt) {
		this.outcome = outcome;
		this.contractValueUsd = contractValueUsd;
		this.recordedAt = recordedAt;
	}

	PathwayOutcome outcome() {
		return outcome;
	}

}
