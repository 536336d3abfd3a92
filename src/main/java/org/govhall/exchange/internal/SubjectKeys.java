package org.govhall.exchange.internal;

import java.util.Locale;

/** Subject keys (identity numbers, credit codes, address codes) as the registers hold them. */
public final class SubjectKeys {

	private SubjectKeys() {
	}

	/** No surrounding blanks, letters (the X of an identity number) upper case. */
	public static String normalise(String subject) {
		return subject == null ? "" : subject.strip().toUpperCase(Locale.ROOT);
	}
}
