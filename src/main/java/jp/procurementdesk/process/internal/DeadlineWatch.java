package jp.procurementdesk.process.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import jp.procurementdesk.process.DeadlinePassed;
import jp.procurementdesk.process.Deadlines;
import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link Deadlines} through {@code deadline-watch}: one instance per subject (business key = its
 * id) waiting at a timer; watching again deletes the waiting instance and starts a new one, so the
 * timer moves. The job executor locks timer jobs in the database: the deadline passes once across
 * all nodes, and its delegate publishes {@link DeadlinePassed} in the job's transaction.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineWatch implements Deadlines {

	static final String REPLACED = "deadline moved or no longer watched";

	private final RuntimeService runtime;

	DeadlineWatch(RuntimeService runtime) {
		this.runtime = runtime;
	}

	@Override
	public void watch(UUID subjectId, OffsetDateTime at) {
		cancel(subjectId);
		String id = subjectId.toString();
		runtime.startProcessInstanceByKey(Processes.DEADLINE_WATCH, id,
				Map.of(Variables.SUBJECT_ID, id, Variables.DEADLINE_AT, Date.from(at.toInstant())));
	}

	@Override
	public void cancel(UUID subjectId) {
		for (ProcessInstance waiting : runtime.createProcessInstanceQuery()
			.processDefinitionKey(Processes.DEADLINE_WATCH)
			.processInstanceBusinessKey(subjectId.toString())
			.list()) {
			runtime.deleteProcessInstance(waiting.getId(), REPLACED, true, true);
		}
	}

	@Bean(Beans.DEADLINE_PASSED)
	static JavaDelegate deadlinePassed(ApplicationEventPublisher events) {
		return execution -> {
			Date at = (Date) execution.getVariable(Variables.DEADLINE_AT);
			events.publishEvent(new DeadlinePassed(UUID.fromString(Executions.text(execution, Variables.SUBJECT_ID)),
					at.toInstant().atOffset(ZoneOffset.UTC)));
		};
	}

}
