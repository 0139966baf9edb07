package jp.procurementdesk.tasks.internal;

import jp.procurementdesk.companies.CompanyIds;
import jp.procurementdesk.companies.ReviewDecision;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.shared.InvalidInputException;
import jp.procurementdesk.tasks.forms.FormSubmission;
import org.camunda.bpm.engine.task.Task;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** {@code review-registration} APPROVE: the new company's id must not be taken (400 on {@code companyId}). */
@Component
@Order(3)
class CompanyIdCheck implements CompletionCheck {

	private final CompanyIds companyIds;

	CompanyIdCheck(CompanyIds companyIds) {
		this.companyIds = companyIds;
	}

	@Override
	public void check(Task task, FormSubmission submission) {
		if (!Tasks.REVIEW_REGISTRATION.equals(task.getTaskDefinitionKey())
				|| !ReviewDecision.APPROVE.name().equals(submission.variables().get(Variables.DECISION))) {
			return;
		}
		Object companyId = submission.variables().get(Variables.COMPANY_ID);
		if (companyId != null && companyIds.taken(companyId.toString())) {
			throw InvalidInputException.of(Variables.COMPANY_ID, "company-id-taken");
		}
	}

}
