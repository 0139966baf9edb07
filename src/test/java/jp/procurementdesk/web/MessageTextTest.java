package jp.procurementdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.procurementdesk.web.MessageText.Piece;
import org.junit.jupiter.api.Test;

class MessageTextTest {

	@Test
	void onlyHttpAndHttpsAddressesBecomeLinks() {
		assertThat(MessageText.pieces("See https://example.org/a?b=1. Or http://x.jp, javascript:alert(1) ftp://f.example"))
			.containsExactly(new Piece("See ", false), new Piece("https://example.org/a?b=1", true),
					new Piece(". Or ", false), new Piece("http://x.jp", true),
					new Piece(", javascript:alert(1) ftp://f.example", false));
	}

	@Test
	void markupStaysTextAndStopsALink() {
		assertThat(MessageText.pieces("<a href=\"https://evil.example\">x</a>")).containsExactly(
				new Piece("<a href=\"", false), new Piece("https://evil.example", true), new Piece("\">x</a>", false));
		assertThat(MessageText.pieces("https://a.example/<script>")).containsExactly(
				new Piece("https://a.example/", true), new Piece("<script>", false));
	}

	@Test
	void japanesePunctuationAndBareSchemesAreNoPartOfALink() {
		assertThat(MessageText.pieces("資料はhttps://example.jp/docs。")).containsExactly(new Piece("資料は", false),
				new Piece("https://example.jp/docs", true), new Piece("。", false));
		assertThat(MessageText.pieces("https://")).containsExactly(new Piece("https://", false));
		assertThat(MessageText.pieces("")).isEqualTo(List.of());
	}

}
