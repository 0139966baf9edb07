package jp.procurementdesk.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "JP", "DE", "US", "CH", "KR" })
	void isoCountriesAreCountryCodes(String code) {
		assertThat(CountryCode.isValid(code)).isTrue();
		assertThat(new CountryCode(code)).hasToString(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "jp", "JPN", "J", "XX", "EU", "" })
	void anythingElseIsNot(String code) {
		assertThat(CountryCode.isValid(code)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new CountryCode(code));
	}

	@Test
	void everyCountryJavaKnowsIsOneAndOnlyJapanIsJapan() {
		assertThat(Locale.getISOCountries()).allSatisfy(code -> assertThat(CountryCode.isValid(code)).isTrue());
		assertThat(CountryCode.isValid(null)).isFalse();
		assertThat(CountryCode.JAPAN.isJapan()).isTrue();
		assertThat(new CountryCode("DE").isJapan()).isFalse();
	}

}
