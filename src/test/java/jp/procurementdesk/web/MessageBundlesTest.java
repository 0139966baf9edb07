package jp.procurementdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text exists in Japanese and English; the default bundle is the English one. */
class MessageBundlesTest {

	@Test
	void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties english = load("messages_en.properties");
		Properties japanese = load("messages_ja.properties");

		assertThat(japanese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(japanese).allSatisfy((key, text) -> assertThat((String) text).as(key.toString()).isNotBlank());
	}

	@Test
	void defaultBundleIsTheEnglishOne() throws IOException {
		assertThat(load("messages.properties")).isEqualTo(load("messages_en.properties"));
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
