package org.govhall.shared.identifiers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the kernel's checks and clocks can emit has a text in both languages, with the same slots. */
class SharedMessagesTests {

	private static final Pattern KEY = Pattern.compile("\"((?:validation|clock)\\.[A-Za-z.]+)\"");

	private static final Pattern SLOT = Pattern.compile("\\{(\\d+)}");

	@Test
	void every_emitted_key_is_in_both_bundles_with_the_same_placeholders() throws IOException {
		Properties zh = bundle("i18n/shared.properties");
		Properties en = bundle("i18n/shared_en.properties");
		Set<String> emitted = emittedKeys(Path.of("src/main/java/org/govhall/shared"));
		assertThat(emitted).contains("validation.identityNumber.checkCharacter", "clock.notPaused");
		for (String key : emitted) {
			assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
			assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
			assertThat(slots(en.getProperty(key))).as("placeholders of " + key).isEqualTo(slots(zh.getProperty(key)));
		}
		assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
	}

	private static Set<String> emittedKeys(Path sources) throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = KEY.matcher(Files.readString(file));
				while (m.find()) {
					keys.add(m.group(1));
				}
			}
		}
		return keys;
	}

	private static Set<String> slots(String text) {
		Set<String> slots = new TreeSet<>();
		Matcher m = SLOT.matcher(text);
		while (m.find()) {
			slots.add(m.group(1));
		}
		return slots;
	}

	private static Properties bundle(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = SharedMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
