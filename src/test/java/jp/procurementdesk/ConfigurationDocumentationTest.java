package jp.procurementdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code docs/configuration.md} lists every property of {@code application.yml} that reads an
 * environment variable, with that variable and the default exactly as the file has it, and
 * nothing else: the file stays the one home of the defaults, the page tells the truth about it.
 */
class ConfigurationDocumentationTest {

	private static final Pattern KEY = Pattern.compile("^( *)([^#:\\s][^:]*):\\s*(.*)$");

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z_]+):((?:\\$\\{[^}]*}|[^}])*)}");

	private static final Pattern ROW = Pattern.compile("^\\| `([A-Z_]+)` \\| `([^`]+)` \\| (none|`[^`]+`) \\|");

	@Test
	void everyVariableOfApplicationYmlIsDocumentedWithItsDefault() throws IOException {
		assertThat(configured()).hasSizeGreaterThan(50);
		assertThat(documented()).containsExactlyElementsOf(configured());
	}

	/** "VARIABLE property default" of every ${VARIABLE:default} in application.yml. */
	private static Set<String> configured() throws IOException {
		Set<String> found = new TreeSet<>();
		List<String> path = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("src/main/resources/application.yml"))) {
			Matcher key = KEY.matcher(line);
			if (!key.matches()) {
				continue;
			}
			int level = key.group(1).length() / 2;
			path.subList(Math.min(level, path.size()), path.size()).clear();
			path.add(key.group(2).strip());
			Matcher variable = VARIABLE.matcher(key.group(3));
			while (variable.find()) {
				String fallback = variable.group(2).isEmpty() ? "none" : variable.group(2);
				found.add(variable.group(1) + " " + String.join(".", path) + " " + fallback);
			}
		}
		return found;
	}

	private static Set<String> documented() throws IOException {
		Set<String> found = new TreeSet<>();
		for (String line : Files.readAllLines(Path.of("docs/configuration.md"))) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				found.add(row.group(1) + " " + row.group(2) + " " + row.group(3).replace("`", ""));
			}
		}
		return found;
	}

}
