package jp.procurementdesk.tasks.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.process.ProcessModel.Processes;
import jp.procurementdesk.process.PathwaySteps;
import jp.procurementdesk.process.ProcessModel.Tasks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The BPMN models in {@code bpmn/}, the task keys of {@code ProcessModel} and the task forms
 * name the same user tasks: a task added to a model without its constant or its form, or a
 * form (or constant) left behind when a task is removed, fails here. Reads the files with
 * the BPMN model API only; no engine. The progress steps of the case page list each
 * process's user tasks.
 */
class ModelsAndFormsTest {

	static final Path MODELS = Path.of("bpmn");

	/** User task ids by process id, from every model file. */
	static Map<String, Set<String>> userTasks;

	@BeforeAll
	static void readModels() throws IOException {
		userTasks = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(MODELS)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				// One process per file; its user tasks include those of its subprocesses.
				Process process = model.getModelElementsByType(Process.class).iterator().next();
				userTasks.put(process.getId(), model.getModelElementsByType(UserTask.class)
					.stream()
					.map(UserTask::getId)
					.collect(Collectors.toCollection(TreeSet::new)));
			}
		}
	}

	static Set<String> allUserTasks() {
		return userTasks.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
	}

	static Set<String> constants(Class<?> holder) {
		return Arrays.stream(holder.getDeclaredFields())
			.filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
			.map(ModelsAndFormsTest::value)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	static String value(Field field) {
		try {
			return (String) field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theModelsAreTheProcessesTheCodeKnows() {
		assertThat(userTasks.keySet()).containsExactlyInAnyOrderElementsOf(constants(Processes.class));
	}

	@Test
	void everyUserTaskHasAProcessModelConstant() {
		assertThat(constants(Tasks.class)).as("ProcessModel.Tasks").containsAll(allUserTasks());
	}

	@Test
	void everyUserTaskHasAForm() {
		assertThat(FormDefinitions.taskKeys()).as("FormDefinitions").containsAll(allUserTasks());
	}

	@Test
	void everyFormIsOfAUserTaskOfAModel() {
		assertThat(allUserTasks()).as("user tasks of bpmn/*.bpmn").containsAll(FormDefinitions.taskKeys());
	}

	@Test
	void everyTaskConstantIsAUserTaskOfAModel() {
		assertThat(allUserTasks()).as("user tasks of bpmn/*.bpmn").containsAll(constants(Tasks.class));
	}

	@Test
	void theProgressStepsAreTheUserTasksOfEachProcess() {
		Map<Pathway, String> processes = Map.of(Pathway.WHO_PQ, Processes.WHO_PREQUALIFICATION, Pathway.COMPENDIUM,
				Processes.COMPENDIUM_LISTING, Pathway.UN_PROCUREMENT, Processes.UN_PROCUREMENT);
		assertThat(PathwaySteps.BY_PATHWAY).containsOnlyKeys(Pathway.values());
		PathwaySteps.BY_PATHWAY.forEach((pathway, steps) -> assertThat(steps).as(pathway.name())
			.containsExactlyInAnyOrderElementsOf(userTasks.get(processes.get(pathway))));
		assertThat(allUserTasks()).containsAll(PathwaySteps.OPTIONAL);
	}

	@Test
	void theModelsAreRead() {
		assertThat(allUserTasks()).hasSizeGreaterThanOrEqualTo(26).contains(Tasks.TRIAGE, Tasks.RECORD_AWARD);
		assertThat(userTasks.get(Processes.SUPPORT_CASE)).isEqualTo(Set.copyOf(List.of(Tasks.TRIAGE,
				Tasks.PROVIDE_INFORMATION, Tasks.INITIAL_CONSULTATION, Tasks.APPROVE_PLAN, Tasks.CLOSE_CASE,
				Tasks.APPROVE_CLOSURE)));
	}

}
