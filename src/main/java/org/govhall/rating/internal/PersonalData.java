package org.govhall.rating.internal;

import java.util.regex.Pattern;

/**
 * Masks personal data in a comment before it is published (个人信息脱敏): identity numbers, mobile numbers and
 * landline numbers, e-mail addresses, and the applicant's name (and its given name alone) as the case names them.
 */
public final class PersonalData {

	/** 18 characters (GB 11643) or the 15 digits of old cards. */
	private static final Pattern IDENTITY_NUMBER = Pattern
		.compile("(?<![0-9])[1-9](?:[0-9]{16}[0-9Xx]|[0-9]{14})(?![0-9Xx])");

	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

	private static final Pattern PHONE = Pattern.compile("(?<![0-9])0[0-9]{2,3}-?[0-9]{7,8}(?![0-9])");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private PersonalData() {
	}

	/** The comment with the personal data masked; {@code name} is the applicant's, may be null. */
	public static String masked(String comment, String name) {
		String text = IDENTITY_NUMBER.matcher(comment).replaceAll(m -> "*".repeat(m.group().length()));
		text = MOBILE.matcher(text).replaceAll(m -> m.group().substring(0, 3) + "****" + m.group().substring(7));
		text = PHONE.matcher(text).replaceAll("****");
		text = EMAIL.matcher(text).replaceAll("***@***");
		if (name != null && !name.isBlank()) {
			String full = name.strip();
			text = text.replace(full, full.charAt(0) + "*".repeat(full.length() - 1));
			if (full.length() >= 3) {
				String given = full.substring(1);
				text = text.replace(given, "*".repeat(given.length()));
			}
		}
		return text;
	}
}
