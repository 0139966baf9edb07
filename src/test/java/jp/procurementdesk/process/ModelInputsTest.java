package jp.procurementdesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.PathwayOutcome;
import jp.procurementdesk.cases.SlaBreachKind;
import jp.procurementdesk.process.ProcessModel.Beans;
import jp.procurementdesk.process.ProcessModel.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fixed inputs the models give their service tasks are values of the desk's enums, which
 * the delegates parse strictly: a typo in a model fails here, not in a running case. Reads
 * {@code bpmn/} with the BPMN model API only; no engine.
 */
class ModelInputsTest {

	/** One fixed input of a service task: its bean, the parameter and the value. */
	record Input(String bean, String name, String value) {
	}

	static List<Input> inputs;

	@BeforeAll
	static void readModels() throws IOException {
		inputs = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).sorted().toList()) {
				for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
					String bean = task.getCamundaDelegateExpression();
					if (task.getExtensionElements() == null) {
						continue;
					}
					for (CamundaInputOutput io : task.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
						for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
							String value = parameter.getTextContent().strip();
							if (!value.startsWith("${")) {
								inputs.add(new Input(bean, parameter.getCamundaName(), value));
							}
						}
					}
				}
			}
		}
	}

	static List<String> values(String bean, String name) {
		return inputs.stream()
			.filter(input -> (bean == null || input.bean().equals("${" + bean + "}")) && input.name().equals(name))
			.map(Input::value)
			.toList();
	}

	@Test
	void reminderRecipientsAreKnown() {
		assertThat(values(Beans.SEND_REMINDER, Variables.RECIPIENTS)).isNotEmpty()
			.allSatisfy(value -> assertThatCode(() -> ReminderDue.Recipients.ofModelValue(value)).as(value)
				.doesNotThrowAnyException());
	}

	@Test
	void outcomesArePathwayOrCaseOutcomes() {
		assertThat(values(Beans.RECORD_PATHWAY_OUTCOME, Variables.OUTCOME)).isNotEmpty()
			.allSatisfy(value -> assertThat(PathwayOutcome.valueOf(value)).isNotNull());
		assertThat(values(Beans.RECORD_CASE_OUTCOME, Variables.OUTCOME)).isNotEmpty()
			.allSatisfy(value -> assertThat(CaseOutcome.valueOf(value)).isNotNull());
	}

	@Test
	void pathwaysAndBreachKindsAreKnown() {
		assertThat(values(null, Variables.PATHWAY)).isNotEmpty()
			.allSatisfy(value -> assertThat(Pathway.valueOf(value)).isNotNull());
		assertThat(values(Beans.RECORD_SLA_BREACH, Variables.BREACH_KIND)).isNotEmpty()
			.allSatisfy(value -> assertThat(SlaBreachKind.valueOf(value)).isNotNull());
	}

}
