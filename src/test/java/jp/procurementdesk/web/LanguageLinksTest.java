package jp.procurementdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language switch keeps the page's query (a verification link's token, the task filters). */
class LanguageLinksTest {

	@Test
	void theQueryIsKeptAndTheLanguageReplaced() {
		assertThat(LanguageLinks.to("ja", null)).isEqualTo("?lang=ja");
		assertThat(LanguageLinks.to("ja", "token=abc_DEF-123")).isEqualTo("?token=abc_DEF-123&lang=ja");
		assertThat(LanguageLinks.to("en", "key=triage&lang=ja&page=2")).isEqualTo("?key=triage&page=2&lang=en");
		assertThat(LanguageLinks.to("en", "q=%E3%81%82")).isEqualTo("?q=%E3%81%82&lang=en");
	}

}
