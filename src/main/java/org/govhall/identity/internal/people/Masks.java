package org.govhall.identity.internal.people;

/** How identity shows contact details it must not show in full. */
public final class Masks {

	private Masks() {
	}

	public static String mobile(String mobile) {
		return mobile == null || mobile.length() != 11 ? "***" : mobile.substring(0, 3) + "****" + mobile.substring(7);
	}
}
