package jp.procurementdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jp.procurementdesk.tasks.forms.FieldType;
import jp.procurementdesk.tasks.forms.FormField;
import jp.procurementdesk.tasks.forms.FormField.Rule;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A browser's task form post as the task forms receive it: no Spring, no Keycloak. */
class FormInputTest {

	static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	static final List<FormField> FIELDS = List.of(field("pathways", FieldType.MULTI_ENUM),
			field("submissionDeadline", FieldType.DATE_TIME), field("note", FieldType.TEXT),
			field("decision", FieldType.ENUM));

	@Test
	void checkboxesBecomeAListWithoutTheEmptyHiddenValue() {
		Map<String, Object> values = FormInput.values(FIELDS, form("pathways", "WHO_PQ", "", "COMPENDIUM"), TOKYO);

		assertThat(values).containsEntry("pathways", List.of("WHO_PQ", "COMPENDIUM"));
	}

	@Test
	void theBrowsersLocalDateTimeIsTakenInTheDesksTimeZone() {
		Map<String, Object> values = FormInput.values(FIELDS, form("submissionDeadline", "2026-12-24T17:30"), TOKYO);

		assertThat(values).containsEntry("submissionDeadline", "2026-12-24T17:30+09:00");
	}

	@Test
	void aDateTimeThatIsNotLocalIsPassedOnForTheFormToRefuse() {
		Map<String, Object> values = FormInput.values(FIELDS, form("submissionDeadline", "next Friday"), TOKYO);

		assertThat(values).containsEntry("submissionDeadline", "next Friday");
	}

	@Test
	void emptyInputsAndFieldsTheFormDoesNotHaveAreLeftOut() {
		MultiValueMap<String, String> form = form("note", "  ");
		form.add("decision", "ACCEPT");
		form.add("_csrf", "token");

		assertThat(FormInput.values(FIELDS, form, TOKYO)).containsExactly(Map.entry("decision", "ACCEPT"));
	}

	@Test
	void theEchoKeepsWhatTheUserTyped() {
		MultiValueMap<String, String> form = form("note", "  draft ");

		assertThat(FormInput.echo(form)).containsEntry("note", List.of("  draft "));
	}

	private static FormField field(String name, FieldType type) {
		return new FormField(name, type, false, null, null, Rule.NONE, 0);
	}

	private static MultiValueMap<String, String> form(String name, String... values) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.put(name, List.of(values));
		return form;
	}

}
