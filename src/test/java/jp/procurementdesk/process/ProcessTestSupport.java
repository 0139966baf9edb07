package jp.procurementdesk.process;

import static jp.procurementdesk.support.DemoUsers.ACME_COMPANY;
import static jp.procurementdesk.support.DemoUsers.ADVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Variables;
import jp.procurementdesk.process.internal.DeskTimers;
import jp.procurementdesk.process.internal.TimerProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Engine-only tests of the process models (no Spring): an in-memory engine
 * ({@code camunda.cfg.xml}, the extension's default), the real {@link DeskTimers}, and
 * recording stand-ins for the delegate beans and the advisor SLA listener. Time moves only
 * when a test moves the engine clock; due timer jobs then run as the job executor would.
 */
@ExtendWith(ProcessEngineExtension.class)
abstract class ProcessTestSupport {

	static final String CASE_ID = "3f2c9a4e-0000-4000-8000-000000000001";

	static final String COMPANY = ACME_COMPANY;

	static final String COMPANY_GROUP = "company:" + ACME_COMPANY;

	/** Tuesday 1 April 2025, 09:00 in Tokyo: the engine clock at the start of every test. */
	static final Instant START = Instant.parse("2025-04-01T00:00:00Z");

	/** Every service task bean of the models. */
	static final List<String> DELEGATES = List.of(Beans.RECORD_CASE_OUTCOME, Beans.ANSWER_QUESTION,
			Beans.ASSIGN_ADVISOR, Beans.START_PATHWAY_WORK, Beans.RECORD_PATHWAY_OUTCOME, Beans.RECORD_SLA_BREACH,
			Beans.SEND_REMINDER, Beans.RECORD_RATING);

	/** The local input parameters the service tasks may get. */
	static final List<String> INPUTS = List.of(Variables.OUTCOME, Variables.PATHWAY, Variables.BREACH_KIND,
			Variables.TASK_KEY, Variables.REMINDER, Variables.RECIPIENTS);

	final List<Call> calls = new ArrayList<>();

	final List<OverdueTask> overdueTasks = new ArrayList<>();

	@BeforeEach
	void setUpEngineWorld(ProcessEngine engine) {
		BpmnAwareTests.init(engine);
		ClockUtil.setCurrentTime(Date.from(START));
		for (String bean : DELEGATES) {
			Mocks.register(bean, new RecordingDelegate(bean, calls));
		}
		Mocks.register(Beans.ADVISOR_TASK_OVERDUE, (TaskListener) task -> overdueTasks.add(new OverdueTask(task.getId(),
				task.getTaskDefinitionKey(), task.getAssignee(), task.getEventName(), task.getProcessInstanceId())));
		useTimers(configuredTimers());
	}

	@AfterEach
	void resetEngineWorld() {
		ClockUtil.reset();
		Mocks.reset();
	}

	static void useTimers(TimerProperties properties) {
		Mocks.register(Beans.TIMERS, new DeskTimers(properties));
	}

	/** The durations as {@code application.yml} sets them (their only home), no environment variable read. */
	static TimerProperties configuredTimers() {
		try {
			AbstractEnvironment yaml = new AbstractEnvironment() {
			};
			new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.forEach(yaml.getPropertySources()::addLast);
			return Binder.get(yaml).bindOrCreate("desk", TimerProperties.class);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	// ---------------------------------------------------------------- time

	static Date now() {
		return ClockUtil.getCurrentTime();
	}

	static Date inDays(long days) {
		return Date.from(now().toInstant().plus(Duration.ofDays(days)));
	}

	static Date plus(Date date, Duration duration) {
		return Date.from(date.toInstant().plus(duration));
	}

	/** Moves the engine clock forward and runs every timer job that is due by then. */
	static void advance(Duration duration) {
		ClockUtil.setCurrentTime(plus(now(), duration));
		runDueJobs();
	}

	/** Advances day by day, running due jobs after each day, as a job executor would. */
	static void advanceDays(int days) {
		for (int i = 0; i < days; i++) {
			advance(Duration.ofDays(1));
		}
	}

	/** Runs due jobs one at a time, earliest first, as a job executor would. */
	static void runDueJobs() {
		for (int round = 0; round < 1000; round++) {
			List<Job> due = BpmnAwareTests.jobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
			if (due.isEmpty()) {
				return;
			}
			execute(due.get(0));
		}
		throw new AssertionError("Jobs keep being due");
	}

	/** The timer job of a boundary event (or of a task's timeout listener) in an instance. */
	static Job timer(ProcessInstance instance, String activityId) {
		return BpmnAwareTests.jobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
			.singleResult();
	}

	/** The activity a job belongs to (a boundary event, or the task of a timeout listener). */
	static String activityOf(Job job) {
		return BpmnAwareTests.managementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
			.singleResult().getActivityId();
	}

	static List<Job> timers(ProcessInstance instance) {
		return BpmnAwareTests.jobQuery().processInstanceId(instance.getId()).timers().list();
	}

	// ---------------------------------------------------------------- tasks

	/** The one open task of an instance, checked to be the expected one. */
	static Task task(ProcessInstance instance, String taskKey) {
		Task task = BpmnAwareTests.taskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("open task %s", taskKey).isNotNull();
		return task;
	}

	static void complete(ProcessInstance instance, String taskKey, Object... keysAndValues) {
		BpmnAwareTests.complete(task(instance, taskKey), map(keysAndValues));
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static Map<String, Object> caseVariables(Object... more) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(Variables.CASE_ID, CASE_ID);
		variables.put(Variables.CASE_REFERENCE, "PD-2025-000001");
		variables.put(Variables.COMPANY_ID, COMPANY);
		variables.put(Variables.PRODUCT_CATEGORY, "IVD");
		variables.putAll(map(more));
		return variables;
	}

	/** Starts a pathway process directly, as the support case's call activity would. */
	static ProcessInstance startPathway(String processKey, Object... more) {
		// what support-case holds when it calls a pathway (all of it is passed in)
		Map<String, Object> variables = caseVariables(Variables.ADVISOR, ADVISOR, Variables.PATHWAYS,
				"WHO_PQ,COMPENDIUM,UN_PROCUREMENT", Variables.DECISION, "ACCEPT", Variables.ACCEPT, true, "readiness",
				"READY", "plan", "The plan");
		variables.putAll(map(more));
		return BpmnAwareTests.runtimeService().startProcessInstanceByKey(processKey, CASE_ID, variables);
	}

	// ---------------------------------------------------------------- calls

	List<Call> calls(String bean) {
		return calls.stream().filter(call -> call.bean().equals(bean)).toList();
	}

	List<Map<String, Object>> inputsOf(String bean) {
		return calls(bean).stream().map(Call::inputs).toList();
	}

	/** Every advisor task: assignee {@code ${advisor}}, the advisors pool, due date, SLA listener. */
	static void assertAdvisorTasksFollowConventions(String processKey, Collection<String> advisorTasks) {
		BpmnModelInstance model = BpmnAwareTests.repositoryService()
			.getBpmnModelInstance(BpmnAwareTests.processDefinitionQuery().processDefinitionKey(processKey)
				.latestVersion().singleResult().getId());
		Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
		List<String> assigned = userTasks.stream().filter(task -> "${advisor}".equals(task.getCamundaAssignee()))
			.map(UserTask::getId).sorted().toList();
		assertThat(assigned).containsExactlyInAnyOrderElementsOf(advisorTasks);
		for (UserTask task : userTasks) {
			List<CamundaTaskListener> timeouts = task.getExtensionElements() == null ? List.of()
					: task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
						.stream().filter(listener -> "timeout".equals(listener.getCamundaEvent())).toList();
			if (advisorTasks.contains(task.getId())) {
				assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo("advisors");
				assertThat(task.getCamundaDueDate()).as(task.getId()).isEqualTo("${deskTimers.advisorTaskDue()}");
				assertThat(timeouts).as(task.getId()).singleElement().satisfies(listener -> {
					assertThat(listener.getCamundaDelegateExpression()).isEqualTo("${advisorTaskOverdue}");
					assertThat(listener.getAttributeValue("id")).isEqualTo("advisor-sla");
					assertThat(listener.getTimeouts()).singleElement()
						.satisfies(timer -> assertThat(timer.getTimeDuration().getTextContent())
							.isEqualTo("${deskTimers.advisorTask}"));
				});
			}
			else {
				assertThat(task.getCamundaCandidateGroups()).as(task.getId())
					.isIn("supervisors", "company:${companyId}");
				assertThat(timeouts).as(task.getId()).isEmpty();
			}
		}
	}

	/** Every process definition has a history time to live (the engine enforces it in production). */
	static void assertHistoryTimeToLive(String processKey) {
		assertThat(BpmnAwareTests.processDefinitionQuery().processDefinitionKey(processKey).latestVersion()
			.singleResult().getHistoryTimeToLive()).isEqualTo(1825);
	}

	/** One call of a service task bean, with the local input parameters it saw. */
	record Call(String bean, String processKey, String businessKey, String activityId, Map<String, Object> inputs) {
	}

	/** One firing of the advisor SLA timeout listener. */
	record OverdueTask(String taskId, String taskKey, String assignee, String event, String processInstanceId) {
	}

	static final class RecordingDelegate implements JavaDelegate {

		private final String bean;

		private final List<Call> calls;

		RecordingDelegate(String bean, List<Call> calls) {
			this.bean = bean;
			this.calls = calls;
		}

		@Override
		public void execute(DelegateExecution execution) {
			Map<String, Object> inputs = new LinkedHashMap<>();
			for (String name : INPUTS) {
				if (execution.hasVariableLocal(name)) {
					inputs.put(name, execution.getVariableLocal(name));
				}
			}
			String processKey = execution.getProcessDefinitionId().split(":")[0];
			calls.add(new Call(bean, processKey, execution.getProcessBusinessKey(), execution.getCurrentActivityId(),
					inputs));
		}

	}

}
