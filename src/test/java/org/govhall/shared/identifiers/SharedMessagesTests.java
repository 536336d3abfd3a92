package org.govhall.shared.identifiers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.govhall.shared.calendar.ClockTransitionException;
import org.govhall.shared.calendar.StatutoryClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

	@Test
	void each_message_has_exactly_one_placeholder_per_argument_the_code_passes() throws IOException {
		Properties zh = bundle("i18n/shared.properties");
		Properties en = bundle("i18n/shared_en.properties");
		Map<String, List<Object>> emitted = emittedFindings();
		for (Map.Entry<String, List<Object>> finding : emitted.entrySet()) {
			String key = finding.getKey();
			Set<String> expected = new TreeSet<>();
			for (int i = 0; i < finding.getValue().size(); i++) {
				expected.add(String.valueOf(i));
			}
			assertThat(slots(zh.getProperty(key, ""))).as("zh placeholders of " + key).isEqualTo(expected);
			assertThat(slots(en.getProperty(key, ""))).as("en placeholders of " + key).isEqualTo(expected);
		}
	}

	@Test
	void the_keys_exercised_here_are_all_the_keys_in_the_sources() throws IOException {
		Set<String> inSources = new TreeSet<>(emittedKeys(Path.of("src/main/java/org/govhall/shared/identifiers")));
		inSources.addAll(emittedKeys(Path.of("src/main/java/org/govhall/shared/calendar")));
		assertThat(emittedFindings().keySet()).containsExactlyInAnyOrderElementsOf(inSources);
	}

	@Test
	void every_message_formats_with_its_arguments_in_both_languages() throws IOException {
		for (String resource : new String[] { "i18n/shared.properties", "i18n/shared_en.properties" }) {
			Properties bundle = bundle(resource);
			for (Map.Entry<String, List<Object>> finding : emittedFindings().entrySet()) {
				String text = new MessageFormat(bundle.getProperty(finding.getKey()), Locale.ROOT)
					.format(finding.getValue().toArray());
				assertThat(text).as(resource + " " + finding.getKey()).doesNotContainPattern("\\{\\d+}");
				for (Object arg : finding.getValue()) {
					assertThat(text).as(resource + " " + finding.getKey()).contains(String.valueOf(arg));
				}
			}
		}
	}

	@Test
	void the_annotations_default_messages_are_in_both_bundles() throws IOException {
		Properties zh = bundle("i18n/shared.properties");
		Properties en = bundle("i18n/shared_en.properties");
		for (String key : new String[] { "validation.identityNumber.invalid", "validation.creditCode.invalid",
				"validation.divisionCode.invalid" }) {
			assertThat(zh.getProperty(key)).as("zh " + key).isNotBlank();
			assertThat(en.getProperty(key)).as("en " + key).isNotBlank();
		}
		assertThat(ValidIdentityNumber.class.getDeclaredMethods()).filteredOn(m -> m.getName().equals("message"))
			.singleElement().extracting(m -> m.getDefaultValue()).isEqualTo("{validation.identityNumber.invalid}");
	}

	/** One real finding for every key the checks and the clock can emit, made by calling them. */
	private static Map<String, List<Object>> emittedFindings() {
		LocalDate today = LocalDate.of(2026, 11, 23);
		DivisionCodes divisions = DivisionCodes.standard();
		List<ValidationResult> results = new ArrayList<>(List.of(IdentityNumbers.check("", today),
				IdentityNumbers.check("1101051949123100", today), IdentityNumbers.check("11010519491231A02X", today),
				IdentityNumbers.check("110105194913310025", today), IdentityNumbers.check(idBornOn("20300101"), today),
				IdentityNumbers.check("110105194912310029", today), CreditCodes.check(""),
				CreditCodes.check("91350100M000100Y4"), CreditCodes.check("91350100M000100Y4I"),
				CreditCodes.check(creditCode("B1350100M000100Y4")), CreditCodes.check(creditCode("9135A100M000100Y4")),
				CreditCodes.check("91350100M000100Y4Y"), CreditCodes.check(creditCode("91350100M000100Y5")),
				divisions.check(""), divisions.check("31011"), divisions.check("999999"), divisions.check("310103")));
		Map<String, List<Object>> findings = new TreeMap<>();
		for (ValidationResult result : results) {
			assertThat(result.errors().size() + result.warnings().size()).as(result.toString()).isEqualTo(1);
			result.errors().forEach(f -> findings.put(f.messageKey(), f.args()));
			result.warnings().forEach(f -> findings.put(f.messageKey(), f.args()));
		}
		StatutoryClock running = StatutoryClock.start(today, 20);
		StatutoryClock paused = running.pause(today.plusDays(1));
		for (ThrowingCallable change : List.<ThrowingCallable>of(() -> paused.pause(today.plusDays(2)),
				() -> running.resume(today), () -> running.extend(0), () -> paused.resume(today))) {
			ClockTransitionException e = catchThrowableOfType(ClockTransitionException.class, change);
			assertThat(e).isNotNull();
			findings.put(e.messageKey(), List.of(e.args()));
		}
		return findings;
	}

	private static String idBornOn(String yyyymmdd) {
		String first17 = "110105" + yyyymmdd + "002";
		return first17 + IdentityNumbers.checkCharacter(first17);
	}

	private static String creditCode(String first17) {
		return first17 + CreditCodes.checkCharacter(first17);
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
