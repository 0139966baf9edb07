package jp.procurementdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.procurementdesk.cases.CaseKind;
import jp.procurementdesk.cases.CaseOutcome;
import jp.procurementdesk.cases.CaseStatus;
import jp.procurementdesk.cases.Helpful;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.cases.ProductCategory;
import jp.procurementdesk.cases.SlaBreachKind;
import jp.procurementdesk.cases.TargetAgency;
import jp.procurementdesk.cases.TimelineType;
import jp.procurementdesk.consultations.ConsultationChannel;
import jp.procurementdesk.consultations.ConsultationTopic;
import jp.procurementdesk.tasks.forms.FormDefinitions;
import jp.procurementdesk.tasks.forms.FormField;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every text exists in Japanese and English, every enum value and task has a translation,
 * and no template holds text of its own (only the natural-template placeholders that
 * th:text replaces).
 */
class MessageBundlesTest {

	private static final Pattern ELEMENT_TEXT = Pattern
		.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:[^<>\"]|\"[^\"]*\")*)>([^<]+)<");

	private static final Pattern PLAIN_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"[^\"]*\\p{L}");

	@Test
	void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties english = load("messages.properties");
		Properties japanese = load("messages_ja.properties");

		assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(japanese).allSatisfy((key, text) -> assertThat((String) text).as(key.toString()).isNotBlank());
	}

	/**
	 * English is the default bundle itself ({@code messages.properties}, which Spring Boot's
	 * message source needs to exist): English, any English variant and a language the desk does
	 * not speak read it; Japanese reads {@code messages_ja.properties}.
	 */
	@Test
	void defaultBundleIsTheEnglishOne() throws IOException {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		String english = load("messages.properties").getProperty("nav.home");

		for (Locale locale : List.of(Locale.ENGLISH, Locale.UK, Locale.US, Locale.FRENCH, Locale.ROOT)) {
			assertThat(messages.getMessage("nav.home", null, locale)).as(locale.toString()).isEqualTo(english);
		}
		assertThat(messages.getMessage("nav.home", null, Locale.JAPAN))
			.isEqualTo(load("messages_ja.properties").getProperty("nav.home"));
		assertThat(MessageBundlesTest.class.getResource("/messages_en.properties")).as("no copy of the default").isNull();
	}

	@Test
	void everyEnumValueTaskAndFieldIsTranslated() throws IOException {
		Properties japanese = load("messages_ja.properties");
		List<String> needed = new ArrayList<>();
		Stream.of(CaseStatus.values(), CaseOutcome.values(), Pathway.values(), ProductCategory.values(),
				TargetAgency.values(), SlaBreachKind.values(), ConsultationChannel.values(), ConsultationTopic.values(),
				CaseKind.values(), Helpful.values())
			.flatMap(Stream::of)
			.forEach(value -> needed.add("enum." + value.name()));
		Stream.of(Pathway.values()).flatMap(pathway -> pathway.outcomes().stream()).forEach(o -> needed.add("enum." + o));
		Stream.of(TimelineType.values()).forEach(type -> needed.add("timeline." + type.name()));
		for (String key : FormDefinitions.taskKeys()) {
			needed.add("task." + key);
			for (FormField field : FormDefinitions.of(key).orElseThrow()) {
				needed.add("field." + field.name());
				if (field.options() != null) {
					field.options().forEach(option -> needed.add("enum." + option));
				}
			}
			if (FormDefinitions.of(key).orElseThrow().isEmpty()) {
				needed.add("task." + key + ".hint");
			}
		}

		assertThat(japanese.stringPropertyNames()).containsAll(needed);
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		Set<String> allowed = Set.of("|", "*", "→");
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
				Matcher text = ELEMENT_TEXT.matcher(html);
				while (text.find()) {
					String content = text.group(3).strip();
					boolean replaced = text.group(2).contains("th:text") || text.group(2).contains("th:utext")
							|| text.group(2).contains("th:errors");
					if (!content.isEmpty() && !replaced && !allowed.contains(content) && content.matches("(?s).*\\p{L}.*")) {
						offenders.add(template.getFileName() + ": " + content);
					}
				}
				Matcher attribute = PLAIN_ATTRIBUTE.matcher(html);
				while (attribute.find()) {
					offenders.add(template.getFileName() + ": " + attribute.group());
				}
			}
		}
		assertThat(offenders).isEmpty();
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
