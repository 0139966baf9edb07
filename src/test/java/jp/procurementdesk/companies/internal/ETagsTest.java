package jp.procurementdesk.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.procurementdesk.companies.internal.CompanyProfileController.ETags;
import jp.procurementdesk.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The profile's version as an entity tag, and back from If-Match. */
class ETagsTest {

	@Test
	void aVersionIsAQuotedNumber() {
		assertThat(ETags.of(7)).isEqualTo("\"7\"");
		assertThat(ETags.version("\"7\"")).isEqualTo(7);
		assertThat(ETags.version(" W/\"12\" ")).isEqualTo(12);
	}

	@ParameterizedTest
	@ValueSource(strings = { "7", "\"\"", "*", "\"x\"", "\"7\", \"8\"", "\"99999999999999999999\"", "W/7" })
	void anythingElseIsRefused(String ifMatch) {
		assertThatThrownBy(() -> ETags.version(ifMatch)).isInstanceOf(InvalidInputException.class);
	}

}
