package jp.procurementdesk.opportunities.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import jp.procurementdesk.opportunities.UnspscCode;
import org.junit.jupiter.api.Test;

/** The shipped UNSPSC segments and families: well formed, each family under its segment, named in both languages. */
class UnspscCatalogueTest {

	final UnspscCatalogue catalogue = new UnspscCatalogue();

	@Test
	void theHealthSegmentsAreShippedWithTheirFamilies() {
		List<String> segments = catalogue.all().stream().filter(UnspscCode::isSegment).map(UnspscCode::code).toList();
		assertThat(segments).containsExactly("10000000", "41000000", "42000000", "46000000", "47000000", "51000000");
		for (UnspscCode code : catalogue.all()) {
			assertThat(code.code()).matches("\\d{4}0000");
			assertThat(segments).as(code.code()).contains(code.segment());
			assertThat(code.nameEn()).as(code.code()).isNotBlank();
			assertThat(code.nameJa()).as(code.code()).isNotBlank().isNotEqualTo(code.nameEn());
		}
		assertThat(catalogue.all()).extracting(UnspscCode::code).doesNotHaveDuplicates().isSorted();
		assertThat(catalogue.all().stream().filter(code -> !code.isSegment()).count()).isGreaterThanOrEqualTo(35);
	}

	@Test
	void aCodeOrPrefixIsNamedAfterTheMostSpecificEntryItFallsUnder() {
		assertThat(catalogue.name("42141500", Locale.ENGLISH)).hasValue("Patient care and treatment products and supplies");
		assertThat(catalogue.name("4214", Locale.JAPANESE)).hasValue("患者ケア・治療用品");
		assertThat(catalogue.name("42", Locale.ENGLISH)).hasValue("Medical Equipment and Accessories and Supplies");
		assertThat(catalogue.name("429", Locale.ENGLISH)).as("a prefix of no family: its segment")
			.hasValue("Medical Equipment and Accessories and Supplies");
		assertThat(catalogue.name("51201600", Locale.ENGLISH)).hasValue("Immunomodulating drugs");
		assertThat(catalogue.name("43211500", Locale.ENGLISH)).as("computers: not a health segment").isEmpty();
		assertThat(catalogue.name("4", Locale.ENGLISH)).isEmpty();
		assertThat(catalogue.name("42x", Locale.ENGLISH)).isEmpty();
		assertThat(catalogue.entryOf("41116100")).map(UnspscCode::prefix).hasValue("4111");
	}

}
