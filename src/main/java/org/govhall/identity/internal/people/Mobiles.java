package org.govhall.identity.internal.people;

import org.govhall.shared.web.ProblemException;


/** Mainland mobile numbers as people type them: spaces, dashes and {@code +86} dropped, then 11 digits. */
public final class Mobiles {

	private Mobiles() {
	}

	/** The 11 digits of {@code mobile}; refuses anything else with a clear problem. */
	public static String clean(String mobile) {
		String clean = mobile == null ? "" : mobile.strip().replace(" ", "").replace("-", "");
		if (clean.startsWith("+86")) {
			clean = clean.substring(3);
		}
		if (!clean.matches("1[3-9][0-9]{9}")) {
			throw ProblemException.invalid("mobile", "identity.mobile.invalid");
		}
		return clean;
	}
}
