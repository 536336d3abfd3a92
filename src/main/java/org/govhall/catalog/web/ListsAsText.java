package org.govhall.catalog.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Short lists as editors type them in one box: one item a line (or separated by semicolons), or words. */
final class ListsAsText {

	private ListsAsText() {
	}

	/** The non-blank lines of {@code text}, semicolons counting as line breaks. */
	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[\\n;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The items one a line. */
	static String lines(List<String> items) {
		return items == null ? "" : String.join("\n", items);
	}

	/** The words of {@code text} in lower case (file extensions: "PDF, .ofd" is pdf and ofd). */
	static List<String> words(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[\\s,，;；、]+")).map(w -> w.strip().replaceFirst("^\\.", ""))
					.filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
	}

	/** The words separated by spaces. */
	static String words(List<String> words) {
		return words == null ? "" : String.join(" ", words);
	}
}
