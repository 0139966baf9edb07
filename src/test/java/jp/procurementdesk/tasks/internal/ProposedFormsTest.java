package jp.procurementdesk.tasks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.procurementdesk.tasks.FieldProposals;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import jp.procurementdesk.tasks.forms.FormField;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A task's form starts with the proposals of the modules that know its values; the first proposal wins. */
class ProposedFormsTest {

	static final UUID CASE = UUID.randomUUID();

	@Test
	void fieldsStartWithWhatIsProposedForThemAndNothingElseChanges() {
		FieldProposals tender = (key, caseId) -> key.equals("identify-tender") && caseId.equals(CASE)
				? Map.of("noticeId", "LRFP-1", "title", "Tender", "unknownField", "x") : Map.of();
		FieldProposals later = (key, caseId) -> Map.of("noticeId", "ignored", "agency", "UNICEF");
		ProposedForms forms = forms(Map.of("a", tender, "b", later));

		Map<String, FormField> fields = forms.fields("identify-tender", CASE)
			.stream()
			.collect(Collectors.toMap(FormField::name, Function.identity()));

		assertThat(fields.get("noticeId").value()).isIn("LRFP-1", "ignored");
		assertThat(fields.get("title").value()).isEqualTo("Tender");
		assertThat(fields.get("agency").value()).isEqualTo("UNICEF");
		assertThat(fields.get("tenderType").value()).isNull();
		assertThat(fields).doesNotContainKey("unknownField");
		assertThat(fields.values()).extracting(FormField::name)
			.containsExactlyInAnyOrderElementsOf(FormDefinitions.of("identify-tender").orElseThrow()
				.stream().map(FormField::name).toList());
	}

	@Test
	void aTextLongerThanItsFieldIsCutToTheFieldsLength() {
		ProposedForms forms = forms(Map.of("long", (key, caseId) -> Map.of("title", "x".repeat(300))));
		FormField title = forms.fields("identify-tender", CASE).stream()
			.filter(field -> field.name().equals("title"))
			.findFirst()
			.orElseThrow();
		assertThat((String) title.value()).hasSize(title.maxLength());
	}

	@Test
	void withoutACaseOrAProposalTheFormIsAsDefined() {
		ProposedForms forms = forms(Map.of("none", (key, caseId) -> Map.of()));
		assertThat(forms.fields("identify-tender", CASE)).isEqualTo(FormDefinitions.of("identify-tender").orElseThrow());
		assertThat(forms.fields("identify-tender", null)).isEqualTo(FormDefinitions.of("identify-tender").orElseThrow());
		assertThat(forms(Map.of()).fields("identify-tender", CASE)).allSatisfy(field -> assertThat(field.value()).isNull());
	}

	private static ProposedForms forms(Map<String, FieldProposals> beans) {
		StaticListableBeanFactory factory = new StaticListableBeanFactory();
		beans.forEach(factory::addBean);
		return new ProposedForms(factory.getBeanProvider(FieldProposals.class));
	}

}
