package jp.procurementdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A record's version as If-Match: quoted, weak or bare; anything else is the client's mistake (400). */
class ETagsTest {

	@Test
	void theVersionsOwnTagAndItsPlainFormsAreRead() {
		assertThat(ETags.of(3)).isEqualTo("\"3\"");
		assertThat(ETags.version("\"3\"", "consultation-etag")).isEqualTo(3);
		assertThat(ETags.version(" W/\"12\" ", "consultation-etag")).isEqualTo(12);
		assertThat(ETags.version("0", "consultation-etag")).isZero();
	}

	@Test
	void anythingElseIsRefusedAsIfMatch() {
		for (String tag : List.of("\"\"", "*", "\"-1\"", "\"3\", \"4\"", "abc", "\"99999999999999999999\"", "W/")) {
			assertThatThrownBy(() -> ETags.version(tag, "consultation-etag")).as(tag)
				.isInstanceOfSatisfying(InvalidInputException.class,
						refused -> assertThat(refused.problems()).containsOnlyKeys("If-Match"));
		}
	}

}
