package jp.procurementdesk.process.internal;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.procurementdesk.cases.CaseEvents.CaseOpened;
import jp.procurementdesk.cases.CaseEvents.CaseWithdrawn;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.shared.ConflictException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case's process starts when the case is opened and ends when it is withdrawn, in the
 * same transaction (synchronous listeners): never a case without a process or the reverse.
 */
@Component
class CaseProcessLifecycle {

	private final RuntimeService runtime;

	private final IdentityService identity;

	CaseProcessLifecycle(RuntimeService runtime, IdentityService identity) {
		this.runtime = runtime;
		this.identity = identity;
	}

	@EventListener
	void on(CaseOpened opened) {
		// The engine records the company user as the process's start user.
		identity.setAuthenticatedUserId(opened.openedBy());
		try {
			runtime.startProcessInstanceByKey(Processes.SUPPORT_CASE, opened.caseId().toString(),
					Map.of(Variables.CASE_ID, opened.caseId().toString(), Variables.CASE_REFERENCE, opened.reference(),
							Variables.COMPANY_ID, opened.companyId(), Variables.PRODUCT_CATEGORY,
							opened.productCategory().name(), Variables.PATHWAYS, joined(opened.pathways())));
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/**
	 * Ends all open work of the case, pathway processes included; no listener runs. A task
	 * changed meanwhile in the engine is a 409, as for any crossing write.
	 */
	@EventListener
	void on(CaseWithdrawn withdrawn) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processDefinitionKey(Processes.SUPPORT_CASE)
			.processInstanceBusinessKey(withdrawn.caseId().toString())
			.singleResult();
		if (instance != null) {
			String reason = withdrawn.reason() == null ? "withdrawn" : "withdrawn: " + withdrawn.reason();
			try {
				runtime.deleteProcessInstance(instance.getId(), reason, true, true);
			}
			catch (OptimisticLockingException concurrent) {
				throw ConflictException.concurrentChange(concurrent);
			}
		}
	}

	static String joined(Set<Pathway> pathways) {
		return String.join(",", new TreeSet<>(pathways.stream().map(Enum::name).toList()));
	}

}
