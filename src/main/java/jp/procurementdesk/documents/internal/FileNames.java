package jp.procurementdesk.documents.internal;

import java.text.Normalizer;

/** File names as clients send them, made safe to store, show and send back. */
final class FileNames {

	static final int MAX_LENGTH = 200;

	static final String FALLBACK = "document";

	private FileNames() {
	}

	/**
	 * The last path segment only (no folders, no {@code ..}), without control or invisible
	 * formatting characters (e.g. right-to-left overrides), without characters that are not
	 * allowed in file names on common systems, without leading or trailing dots and spaces,
	 * at most {@value #MAX_LENGTH} characters keeping the extension; {@value #FALLBACK} if
	 * nothing is left.
	 */
	static String sanitise(String name) {
		String clean = readable(name);
		int lastSeparator = Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\'));
		clean = clean.substring(lastSeparator + 1)
			.replaceAll("[<>:\"|?*]", "_")
			.replaceAll("^[.\\s]+", "")
			.replaceAll("[.\\s]+$", "")
			.strip();
		if (clean.length() > MAX_LENGTH) {
			int dot = clean.lastIndexOf('.');
			String extension = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
			clean = clean.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return clean.isEmpty() ? FALLBACK : clean;
	}

	/** The name as sent, for display: control characters removed, at most 1000 characters. */
	static String original(String name) {
		String clean = readable(name).strip();
		return clean.length() > 1000 ? clean.substring(0, 1000) : clean;
	}

	private static String readable(String name) {
		if (name == null) {
			return "";
		}
		return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\\p{Cf}]", "");
	}

}
