package org.govhall.identity.internal.people;

/** How identity shows contact details it must not show in full. */
public final class Masks {

	private Masks() {
	}

	/** An identity number with all but its first and last characters hidden. */
	public static String identityNumber(String number) {
		String n = number == null ? "" : number.strip();
		return n.length() < 2 ? "***" : n.charAt(0) + "*".repeat(n.length() - 2) + n.charAt(n.length() - 1);
	}

	public static String mobile(String mobile) {
		return mobile == null || mobile.length() != 11 ? "***" : mobile.substring(0, 3) + "****" + mobile.substring(7);
	}
}
