package org.govhall.catalog.internal;

import java.util.Locale;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin of item names, so that people who type 拼音 on a keyboard without a Chinese input method still find
 * their service: {@code sfz} or {@code shenfenzheng} finds 居民身份证换领. A character with several readings takes
 * its first; letters and digits are kept, everything else dropped.
 */
final class Pinyin {

	private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

	static {
		FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
	}

	private Pinyin() {
	}

	/** The full pinyin without tones or spaces: 身份证 → shenfenzheng. */
	static String full(String text) {
		return convert(text, false);
	}

	/** The initials: 身份证 → sfz. */
	static String initials(String text) {
		return convert(text, true);
	}

	/** Whether a query is typed in pinyin letters rather than in characters. */
	static boolean isPinyinQuery(String query) {
		return query.length() >= 2 && query.chars().allMatch(c -> c < 128 && Character.isLetter(c));
	}

	private static String convert(String text, boolean initialsOnly) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			String[] readings = readings(c);
			if (readings != null && readings.length > 0) {
				out.append(initialsOnly ? readings[0].substring(0, 1) : readings[0].replace("u:", "v"));
			}
			else if (c < 128 && Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
			}
		}
		return out.toString().toLowerCase(Locale.ROOT);
	}

	private static String[] readings(char c) {
		try {
			return PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
		}
		catch (BadHanyuPinyinOutputFormatCombination impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
