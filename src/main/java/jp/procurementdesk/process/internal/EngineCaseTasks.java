package jp.procurementdesk.process.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jp.procurementdesk.process.CaseTasks;
import jp.procurementdesk.process.JobBacklog;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.stereotype.Component;

/** What other modules read of the engine's runtime: a case's open tasks, the job backlog. */
@Component
class EngineCaseTasks implements CaseTasks, JobBacklog {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ManagementService management;

	EngineCaseTasks(TaskService tasks, RuntimeService runtime, ManagementService management) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.management = management;
	}

	@Override
	public List<OpenTask> open(UUID caseId, Collection<String> taskKeys) {
		return tasks.createTaskQuery()
			.processInstanceBusinessKey(caseId.toString())
			.taskDefinitionKeyIn(taskKeys.toArray(String[]::new))
			.orderByTaskCreateTime()
			.asc()
			.list()
			.stream()
			.map(task -> {
				Object stream = runtime.getVariable(task.getProcessInstanceId(), Variables.STREAM);
				return new OpenTask(task.getId(), task.getTaskDefinitionKey(), stream == null ? null : stream.toString());
			})
			.toList();
	}

	@Override
	public long dueJobs() {
		return management.createJobQuery().executable().active().count();
	}

}
