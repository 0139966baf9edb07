package jp.procurementdesk.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The link's token: 32 random bytes, URL-safe; only its SHA-256 is stored. */
class VerificationTokensTest {

	@Test
	void tokensAreLongUrlSafeAndNeverRepeat() {
		Set<String> tokens = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String token = VerificationTokens.newToken();
			assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
			tokens.add(token);
		}
		assertThat(tokens).hasSize(1000);
	}

	@Test
	void theStoredHashIsTheTokensSha256() {
		assertThat(VerificationTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(VerificationTokens.hash(VerificationTokens.newToken())).hasSize(64).matches("[0-9a-f]+");
	}

}
