package jp.procurementdesk.process.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.procurementdesk.companies.RegistrationEvents.RegistrationVerified;
import jp.procurementdesk.companies.RegistrationReviewTasks;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Tasks;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A verified registration starts its review, {@code company-registration} (business key and
 * variable {@code registrationId}: the registration id), in the verification's transaction:
 * never a verified registration without its review. And where a review stands: its open task.
 */
@Component
class RegistrationProcess implements RegistrationReviewTasks {

	private final RuntimeService runtime;

	private final TaskService tasks;

	RegistrationProcess(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	@EventListener
	void on(RegistrationVerified verified) {
		String id = verified.registrationId().toString();
		runtime.startProcessInstanceByKey(Processes.COMPANY_REGISTRATION, id, Map.of(Variables.REGISTRATION_ID, id));
	}

	@Override
	public Optional<String> openReviewTask(UUID registrationId) {
		return tasks.createTaskQuery()
			.processDefinitionKey(Processes.COMPANY_REGISTRATION)
			.processInstanceBusinessKey(registrationId.toString())
			.taskDefinitionKey(Tasks.REVIEW_REGISTRATION)
			.list()
			.stream()
			.findFirst()
			.map(Task::getId);
	}

}
