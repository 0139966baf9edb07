package jp.procurementdesk.consultations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jp.procurementdesk.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A record's version as If-Match: quoted, weak or bare; anything else is the client's mistake (400). */
class ETagsTest {

	@Test
	void theVersionsOwnTagAndItsPlainFormsAreRead() {
		assertThat(ETags.of(3)).isEqualTo("\"3\"");
		assertThat(ETags.version("\"3\"")).isEqualTo(3);
		assertThat(ETags.version(" W/\"12\" ")).isEqualTo(12);
		assertThat(ETags.version("0")).isZero();
	}

	@Test
	void anythingElseIsRefusedAsIfMatch() {
		for (String tag : List.of("\"\"", "*", "\"-1\"", "\"3\", \"4\"", "abc", "\"99999999999999999999\"", "W/")) {
			assertThatThrownBy(() -> ETags.version(tag)).as(tag)
				.isInstanceOfSatisfying(InvalidInputException.class,
						refused -> assertThat(refused.problems()).containsOnlyKeys("If-Match"));
		}
	}

}
