package jp.procurementdesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's plain text cut into pieces the page shows: text (escaped by Thymeleaf) and
 * http(s) links (the only thing made clickable). Nothing of the text is ever rendered as HTML.
 */
final class MessageText {

	/** An http or https address up to the next blank or character no URL has unescaped. */
	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`{}|\\\\^\\[\\]]+", Pattern.CASE_INSENSITIVE);

	/** Punctuation that ends a sentence rather than a link. */
	private static final String TRAILING = ".,;:!?)」。、）";

	private MessageText() {
	}

	static List<Piece> pieces(String body) {
		List<Piece> pieces = new ArrayList<>();
		Matcher link = LINK.matcher(body);
		int at = 0;
		while (link.find()) {
			int end = link.end();
			while (end > link.start() && TRAILING.indexOf(body.charAt(end - 1)) >= 0) {
				end--;
			}
			if (end - link.start() <= "https://".length()) {
				continue;
			}
			if (link.start() > at) {
				pieces.add(new Piece(body.substring(at, link.start()), false));
			}
			pieces.add(new Piece(body.substring(link.start(), end), true));
			at = end;
		}
		if (at < body.length()) {
			pieces.add(new Piece(body.substring(at), false));
		}
		return pieces;
	}

	/** @param link the text is an http(s) address to link to */
	record Piece(String text, boolean link) {
	}

}
