package org.govhall.portal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese and English stay complete: both bundles of every module hold the same keys, no English text hides in
 * the Chinese bundle or Chinese in the English one, every key a page names exists, and no page holds a
 * hard-coded string.
 */
class MessageBundlesTests {

	static final List<String> BASENAMES = List.of("platform", "shared", "identity", "catalog", "exchange", "portal",
			"casework", "licence", "rating", "supervision");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	/** Keys whose English value is legitimately in Chinese (the name of the language itself). */
	private static final Set<String> CHINESE_IN_ENGLISH = Set.of("nav.language.chinese");

	static Stream<String> basenames() {
		return BASENAMES.stream();
	}

	@ParameterizedTest
	@MethodSource("basenames")
	void both_languages_have_the_same_keys(String basename) throws IOException {
		Properties zh = load("i18n/" + basename + ".properties");
		Properties en = load("i18n/" + basename + "_en.properties");
		assertThat(new TreeSet<>(en.stringPropertyNames()))
			.as("keys of %s_en versus %s", basename, basename)
			.isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
		assertThat(zh.stringPropertyNames()).isNotEmpty();
	}

	@ParameterizedTest
	@MethodSource("basenames")
	void no_value_is_empty_and_english_holds_no_chinese(String basename) throws IOException {
		Properties zh = load("i18n/" + basename + ".properties");
		Properties en = load("i18n/" + basename + "_en.properties");
		zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
		en.stringPropertyNames().stream()
			.filter(k -> !CHINESE_IN_ENGLISH.contains(k))
			.forEach(k -> assertThat(CJK.matcher(en.getProperty(k)).find()).as("Chinese in English %s", k).isFalse());
	}

	@Test
	void every_message_key_a_page_names_exists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : BASENAMES) {
			keys.addAll(load("i18n/" + basename + ".properties").stringPropertyNames());
		}
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = literalKey.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void no_page_holds_a_hard_coded_string() throws IOException {
		Pattern text = Pattern.compile(">([^<>]*)<");
		Pattern attribute = Pattern.compile("\\s(alt|title|placeholder|aria-label)=\"([^\"]*)\"");
		Pattern letter = Pattern.compile("\\p{L}");
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "<script></script>")
				.replaceAll("(?s)<style.*?</style>", "<style></style>");
			Matcher t = text.matcher(html);
			while (t.find()) {
				if (letter.matcher(t.group(1)).find()) {
					found.add(template.getFileName() + ": text '" + t.group(1).strip() + "'");
				}
			}
			Matcher a = attribute.matcher(html);
			while (a.find()) {
				if (letter.matcher(a.group(2)).find()) {
					found.add(template.getFileName() + ": " + a.group(1) + "='" + a.group(2) + "'");
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void the_check_itself_finds_a_hard_coded_string() {
		Matcher m = Pattern.compile(">([^<>]*)<").matcher("<p th:text=\"#{a}\"></p><p>办事指南</p>");
		List<String> texts = new ArrayList<>();
		while (m.find()) {
			texts.add(m.group(1));
		}
		assertThat(texts).contains("办事指南");
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		var stream = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource);
		assertThat(stream).as(resource).isNotNull();
		try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
