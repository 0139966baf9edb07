package jp.procurementdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code deadline-watch} (docs/processes.md): one timer at the watched date; nothing before it,
 * the subject's module told once when it passes; a deadline in the past passes at once.
 */
@Deployment(resources = "bpmn/deadline-watch.bpmn")
class DeadlineWatchProcessTest extends ProcessTestSupport {

	static final String SUBJECT = "7a9e0c1d-0000-4000-8000-000000000017";

	final List<String> passed = new ArrayList<>();

	@BeforeEach
	void recordPassedDeadlines() {
		Mocks.register(Beans.DEADLINE_PASSED,
				(JavaDelegate) execution -> passed.add((String) execution.getVariable(Variables.SUBJECT_ID)));
	}

	static ProcessInstance watch(Date at) {
		return BpmnAwareTests.runtimeService().startProcessInstanceByKey(Processes.DEADLINE_WATCH, SUBJECT,
				Map.of(Variables.SUBJECT_ID, SUBJECT, Variables.DEADLINE_AT, at));
	}

	@Test
	void theDeadlinePassesOnceAtItsTime() {
		Date deadline = plus(now(), Duration.ofDays(3).plusHours(5));
		ProcessInstance instance = watch(deadline);

		assertThat(instance).isWaitingAt("deadline");
		assertThat(timer(instance, "deadline").getDuedate()).isEqualTo(deadline);

		advance(Duration.ofDays(3).plusHours(4));
		assertThat(passed).as("an hour before the deadline").isEmpty();
		assertThat(instance).isWaitingAt("deadline");

		advance(Duration.ofHours(2));
		assertThat(passed).containsExactly(SUBJECT);
		assertThat(instance).isEnded().hasPassed("publish-deadline-passed", "deadline-passed");

		advanceDays(10);
		assertThat(passed).as("never twice").containsExactly(SUBJECT);
	}

	@Test
	void aDeadlineInThePastPassesAtOnce() {
		ProcessInstance instance = watch(plus(now(), Duration.ofHours(-1)));

		runDueJobs();

		assertThat(passed).containsExactly(SUBJECT);
		assertThat(instance).isEnded();
	}

	@Test
	void aDeletedWatchNeverPasses() {
		ProcessInstance instance = watch(plus(now(), Duration.ofHours(2)));

		BpmnAwareTests.runtimeService().deleteProcessInstance(instance.getId(), "deadline moved", true, true);
		advanceDays(1);

		assertThat(passed).isEmpty();
	}

}
