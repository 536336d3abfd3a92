package org.govhall.shared.documents;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hall's CJK font (tools/fonts/make-cjk-font.py) has every character a document may print: GB 2312 and every
 * Chinese character of the hall's own resources and sources (demo data, messages, synthetic names). When this fails after new demo data, run the
 * script again.
 */
class HallFontTests {

	@Test
	void the_font_has_every_gb2312_character_and_every_character_of_the_halls_resources() throws Exception {
		Font font;
		try (InputStream in = getClass().getResourceAsStream("/fonts/GovHallSansSC-Regular.ttf")) {
			font = Font.createFont(Font.TRUETYPE_FONT, in);
		}
		assertThat(font.getFamily(java.util.Locale.ROOT)).isEqualTo(PdfDocuments.FONT_FAMILY);
		Set<Integer> missing = new TreeSet<>();
		Charset gb2312 = Charset.forName("GB2312");
		for (int row = 0xB0; row <= 0xF7; row++) {
			for (int cell = 0xA1; cell <= 0xFE; cell++) {
				String c = new String(new byte[] { (byte) row, (byte) cell }, gb2312);
				if (c.codePointAt(0) != 0xFFFD && !font.canDisplay(c.codePointAt(0))) {
					missing.add(c.codePointAt(0));
				}
			}
		}
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources")), Files.walk(Path.of("src/main/java")))) {
			for (Path file : files.filter(Files::isRegularFile).filter(HallFontTests::text).toList()) {
				Files.readString(file, StandardCharsets.UTF_8).codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF)
					.filter(c -> !font.canDisplay(c)).forEach(missing::add);
			}
		}
		assertThat(missing.stream().map(Character::toString).toList()).as("characters the font lacks").isEmpty();
	}

	private static boolean text(Path file) {
		String name = file.getFileName().toString();
		try {
			return (name.endsWith(".json") || name.endsWith(".java") || name.endsWith(".properties") || name.endsWith(".html")
					|| name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".sql")) && Files.size(file) < 50_000_000;
		}
		catch (IOException ex) {
			return false;
		}
	}
}
