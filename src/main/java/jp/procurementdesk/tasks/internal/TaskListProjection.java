package jp.procurementdesk.tasks.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

import jp.procurementdesk.cases.CaseEvents.CaseWithdrawn;
import jp.procurementdesk.cases.Cases;
import jp.procurementdesk.cases.Cases.CaseLabel;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code desk.open_task} in step with the engine's open tasks of cases, from the task
 * events Camunda publishes as Spring events inside its transaction. The rows are written just
 * before that transaction commits, after the engine has flushed: writing inside a command
 * would wait there on a concurrent command's row lock and then go on with what the engine
 * read before, where the engine expects to fail cleanly on its own optimistic lock at flush.
 * So the rows and the tasks commit or roll back together.
 */
@Component
class TaskListProjection {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final TaskService engineTasks;

	TaskListProjection(JdbcClient jdbc, Cases cases, TaskService engineTasks) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.engineTasks = engineTasks;
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
	void created(DelegateTask task) {
		Object caseId = task.getVariable(Variables.CASE_ID);
		if (caseId == null) {
			return;
		}
		UUID id = UUID.fromString(caseId.toString());
		// Through the cases module, not SQL: a case just opened may still wait in the JPA session.
		CaseLabel label = cases.labels(Set.of(id)).get(id);
		var insert = jdbc.sql("""
				insert into desk.open_task (task_id, process_instance_id, case_id, task_key, name, assignee,
				    candidate_groups, company_id, case_reference, company_name, created_at, due_at)
				values (:id, :processInstanceId, :caseId, :key, :name, :assignee, :groups, :companyId, :reference,
				    :companyName, :created, :due)
				on conflict (task_id) do nothing""")
			.param("id", task.getId())
			.param("processInstanceId", task.getProcessInstanceId())
			.param("caseId", id)
			.param("key", task.getTaskDefinitionKey())
			.param("name", task.getName())
			.param("assignee", task.getAssignee())
			.param("groups", candidateGroups(task.getCandidates()))
			.param("companyId", label == null ? null : label.companyId())
			.param("reference", label == null ? null : label.reference())
			.param("companyName", label == null ? null : label.companyName())
			.param("created", timestamp(task.getCreateTime()))
			.param("due", timestamp(task.getDueDate()));
		atCommit(null, insert::update);
	}

	/**
	 * Claims, assignments and every other change through the TaskService (Camunda's Tasklist
	 * and REST API included: due date, name, candidate groups) fire {@code update}, assignee
	 * changes {@code assignment} too. The row is read again from the engine at commit: a
	 * candidate group removed by the command is still among the event's candidates.
	 */
	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_ASSIGNMENT + "' or #task.eventName == '"
			+ TaskListener.EVENTNAME_UPDATE + "'")
	void changed(DelegateTask task) {
		String taskId = task.getId();
		atCommit(taskId, () -> refresh(taskId));
	}

	@EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' or #task.eventName == '"
			+ TaskListener.EVENTNAME_DELETE + "'")
	void ended(DelegateTask task) {
		String taskId = task.getId();
		atCommit(null, () -> jdbc.sql("delete from desk.open_task where task_id = :id").param("id", taskId).update());
	}

	/**
	 * A withdrawal deletes the case's processes skipping custom listeners, and Camunda's Spring
	 * events are such listeners: no delete event comes, so the rows go here.
	 */
	@EventListener
	void on(CaseWithdrawn withdrawn) {
		atCommit(null, () -> jdbc.sql("delete from desk.open_task where case_id = :caseId")
			.param("caseId", withdrawn.caseId())
			.update());
	}

	/** The row as the engine has the task now; locked first, so that a concurrent refresh reads after this one. */
	private void refresh(String taskId) {
		if (jdbc.sql("select task_id from desk.open_task where task_id = :id for update").param("id", taskId)
			.query(String.class).optional().isEmpty()) {
			return;
		}
		Task task = engineTasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return; // ended in this transaction too: its delete follows
		}
		jdbc.sql("""
				update desk.open_task set assignee = :assignee, name = :name, due_at = :due, candidate_groups = :groups
				where task_id = :id""")
			.param("assignee", task.getAssignee())
			.param("name", task.getName())
			.param("due", timestamp(task.getDueDate()))
			.param("groups", candidateGroups(engineTasks.getIdentityLinksForTask(taskId)))
			.param("id", taskId)
			.update();
	}

	/**
	 * Runs the write when the transaction commits, in the order of the events; a write with a
	 * key only once per transaction.
	 */
	private static void atCommit(String key, Runnable write) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write.run();
			return;
		}
		if (key != null && TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.anyMatch(registered -> registered instanceof Write pending && key.equals(pending.key()))) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new Write(key, write));
	}

	private record Write(String key, Runnable write) implements TransactionSynchronization {

		@Override
		public void beforeCommit(boolean readOnly) {
			write.run();
		}

	}

	private static String[] candidateGroups(Collection<? extends IdentityLink> links) {
		return links.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.distinct()
			.sorted()
			.toArray(String[]::new);
	}

	private static Timestamp timestamp(Date date) {
		return date == null ? null : Timestamp.from(date.toInstant());
	}

}
