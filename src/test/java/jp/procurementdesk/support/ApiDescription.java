package jp.procurementdesk.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** The application's OpenAPI description (/v3/api-docs) as a test reads it: operations and their statuses. */
public final class ApiDescription {

	private final JsonNode document;

	private final List<Template> templates = new ArrayList<>();

	public ApiDescription(JsonNode document) {
		this.document = document;
		document.path("paths").fieldNames().forEachRemaining(path -> templates.add(Template.of(path)));
		// A literal segment wins over a variable one (/read-all before /{id}).
		templates.sort(Comparator.comparingInt(Template::variables));
	}

	public JsonNode document() {
		return document;
	}

	/** The path template of the description that this concrete path (without query) falls under. */
	public Optional<String> templateOf(String path) {
		return templates.stream().filter(template -> template.regex().matcher(path).matches()).map(Template::path)
			.findFirst();
	}

	/** The statuses documented for the operation; empty if there is no such operation. */
	public Set<Integer> statuses(String method, String template) {
		Set<Integer> statuses = new TreeSet<>();
		document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT)).path("responses").fieldNames()
			.forEachRemaining(code -> statuses.add(Integer.valueOf(code)));
		return statuses;
	}

	/** Whether the description says this operation may answer this status. */
	public boolean documents(String method, String path, int status) {
		return templateOf(path).map(template -> statuses(method, template).contains(status)).orElse(false);
	}

	private record Template(String path, Pattern regex, int variables) {

		static Template of(String path) {
			String[] parts = path.split("\\{[^/}]+}", -1);
			StringBuilder regex = new StringBuilder();
			for (int i = 0; i < parts.length; i++) {
				if (i > 0) {
					regex.append("[^/]+");
				}
				regex.append(Pattern.quote(parts[i]));
			}
			return new Template(path, Pattern.compile(regex.toString()), parts.length - 1);
		}

	}

}
