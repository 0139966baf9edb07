package jp.procurementdesk.dashboard.internal;

import java.util.List;

/** RFC 4180: CRLF line ends; a field with a comma, a quote or a line break is quoted, quotes doubled. */
final class Csv {

	private Csv() {
	}

	static void appendRow(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(cells.get(i)));
		}
		out.append("\r\n");
	}

	static String field(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
			return '"' + value.replace("\"", "\"\"") + '"';
		}
		return value;
	}

}
