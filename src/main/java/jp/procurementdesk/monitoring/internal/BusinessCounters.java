package jp.procurementdesk.monitoring.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.procurementdesk.cases.CaseEvents.CaseClosed;
import jp.procurementdesk.cases.CaseEvents.CaseOpened;
import jp.procurementdesk.cases.CaseEvents.SlaBreached;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.SlaBreachKind;
import jp.procurementdesk.process.TaskCompleted;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Cases opened (by product category) and closed (by outcome), tasks completed (by task key)
 * and SLA breaches (by kind), counted from the modules' events after their transaction
 * commits: work that rolled back is not counted. Counters start at zero with each node;
 * Prometheus sums the nodes and handles the restarts ({@code increase()}, {@code rate()}).
 */
@Component
class BusinessCounters {

	private final MeterRegistry registry;

	BusinessCounters(MeterRegistry registry) {
		this.registry = registry;
		// Every known series exists from the start, at zero, so that rates have a beginning.
		for (ProductCategory category : ProductCategory.values()) {
			opened(category);
		}
		for (CaseOutcome outcome : CaseOutcome.values()) {
			closed(outcome);
		}
		for (SlaBreachKind kind : SlaBreachKind.values()) {
			breaches(kind);
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CaseOpened opened) {
		opened(opened.productCategory()).increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CaseClosed closed) {
		closed(closed.outcome()).increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(TaskCompleted completed) {
		Counter.builder("desk.tasks.completed")
			.description("User tasks completed, by task key")
			.tag("task", completed.taskKey())
			.register(registry)
			.increment();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(SlaBreached breach) {
		breaches(breach.kind()).increment();
	}

	private Counter opened(ProductCategory category) {
		return Counter.builder("desk.cases.opened")
			.description("Support cases opened, by product category")
			.tag("category", category.name())
			.register(registry);
	}

	private Counter closed(CaseOutcome outcome) {
		return Counter.builder("desk.cases.closed")
			.description("Support cases closed, by outcome (WITHDRAWN included)")
			.tag("outcome", outcome.name())
			.register(registry);
	}

	private Counter breaches(SlaBreachKind kind) {
		return Counter.builder("desk.sla.breaches")
			.description("SLA breaches recorded, by kind")
			.tag("kind", kind.name())
			.register(registry);
	}

}
