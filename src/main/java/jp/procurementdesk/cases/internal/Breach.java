package jp.procurementdesk.cases.internal;

import java.time.OffsetDateTime;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jp.procurementdesk.cases.CaseView;
import jp.procurementdesk.cases.SlaBreachKind;

/** An SLA breach of a case, a row of {@code case_sla_breach} embedded in {@link SupportCase}. */
@Embeddable
class Breach {

	@Enumerated(EnumType.STRING)
	private SlaBreachKind kind;

	private OffsetDateTime at;

	private String taskKey;

	protected Breach() {
	}

	Breach(SlaBreachKind kind, OffsetDateTime at, String taskKey) {
		this.kind = kind;
		this.at = at;
		this.taskKey = taskKey;
	}

	CaseView.SlaBreach view() {
		return new CaseView.SlaBreach(kind, at, taskKey);
	}

}
