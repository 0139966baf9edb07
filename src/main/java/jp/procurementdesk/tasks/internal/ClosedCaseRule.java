package jp.procurementdesk.tasks.internal;

import java.util.Set;

import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.shared.ConflictException;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * A closed case accepts no other task than its satisfaction survey (docs/contract.md,
 * Processes): any other task of a closed case is a 409.
 */
@Component
class ClosedCaseRule {

	/** The tasks a closed case still takes. */
	static final Set<String> AFTER_CLOSURE = Set.of(Tasks.RATE_SUPPORT);

	private final TaskLookup lookup;

	private final Cases cases;

	ClosedCaseRule(TaskLookup lookup, Cases cases) {
		this.lookup = lookup;
		this.cases = cases;
	}

	void check(Task task, CurrentUser user) {
		if (AFTER_CLOSURE.contains(task.getTaskDefinitionKey())) {
			return;
		}
		boolean closed = lookup.caseOf(task)
			.flatMap(caseId -> cases.find(caseId, user))
			.map(supportCase -> supportCase.status() == CaseStatus.CLOSED)
			.orElse(false);
		if (closed) {
			throw new ConflictException("The case is closed; it takes no more work.");
		}
	}

}
