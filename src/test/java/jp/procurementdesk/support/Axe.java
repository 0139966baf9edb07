package jp.procurementdesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.microsoft.playwright.Page;
import org.webjars.WebJarVersionLocator;

/**
 * axe-core (the npm package, from its webjar on the test classpath) run in a page: the WCAG 2.1
 * A and AA rules. The page must come from a context that bypasses the application's
 * Content-Security-Policy ({@code Browser.newPage(locale, width, true)}), since the checker is
 * injected as a script of its own.
 */
public final class Axe {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String SOURCE = load();

	private static final String RUN = """
			async tags => {
			  const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
			  return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} [${v.tags.filter(t => t.startsWith('wcag')).join(', ')}]\\n`
			      + v.nodes.map(n => `    ${n.target.join(' ')}: ${(n.failureSummary || '').replace(/\\s+/g, ' ')}`).join('\\n'));
			}""";

	private Axe() {
	}

	/** The violations of the page as it is now, one readable entry per rule (empty: none). */
	@SuppressWarnings("unchecked")
	public static List<String> violations(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof axe !== 'undefined'"))) {
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
		}
		return (List<String>) page.evaluate(RUN, WCAG_21_AA);
	}

	public static String version() {
		return new WebJarVersionLocator().version("axe-core");
	}

	private static String load() {
		String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
		if (path == null) {
			throw new IllegalStateException("axe-core webjar not on the test classpath");
		}
		try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
