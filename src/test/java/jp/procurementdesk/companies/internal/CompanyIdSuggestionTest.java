package jp.procurementdesk.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The company id the review form proposes: from the name, legal forms left out, free, a valid id. */
class CompanyIdSuggestionTest {

	static final UUID REGISTRATION = UUID.fromString("5b1d7c2e-0000-4000-8000-000000000015");

	@Test
	void theNameInLowerCaseWithHyphensWithoutItsLegalForm() {
		assertThat(suggest("Hokkaido Diagnostics K.K.")).isEqualTo("hokkaido-diagnostics");
		assertThat(suggest("Kitami Medical Devices Co., Ltd.")).isEqualTo("kitami-medical-devices");
		assertThat(suggest("Rhein Diagnostics GmbH")).isEqualTo("rhein-diagnostics");
		assertThat(suggest("Müller & Söhne AG")).isEqualTo("muller-and-sohne");
		assertThat(suggest("3M Japan")).isEqualTo("3m-japan");
	}

	@Test
	void aNameInJapaneseScriptGetsAnIdOfItsRegistration() {
		assertThat(suggest("北海道診断株式会社")).isEqualTo("company-5b1d7c2e");
		assertThat(suggest("AB")).isEqualTo("company-5b1d7c2e");
	}

	@Test
	void aTakenIdGetsANumberAndLongNamesStayWithinForty() {
		assertThat(CompanyIdSuggestion.of("Hokkaido Diagnostics", REGISTRATION,
				Set.of("hokkaido-diagnostics", "hokkaido-diagnostics-2")::contains)).isEqualTo("hokkaido-diagnostics-3");
		String longName = "International Association of Manufacturers of Diagnostic Reagents and Devices";
		String id = CompanyIdSuggestion.of(longName, REGISTRATION, Set.of()::contains);
		assertThat(id).hasSizeLessThanOrEqualTo(40).matches("[a-z0-9-]{3,40}").doesNotEndWith("-");
	}

	private static String suggest(String name) {
		return CompanyIdSuggestion.of(name, REGISTRATION, taken -> false);
	}

}
