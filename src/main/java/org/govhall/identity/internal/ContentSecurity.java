package org.govhall.identity.internal;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The hall's Content Security Policy. Forms may post only to the hall itself, except on the pages that can end
 * in a redirect to a department system (sign-in and consent during single sign-on): browsers apply
 * {@code form-action} to every redirect after a form, so those pages also name the registered systems' origins.
 */
public final class ContentSecurity {

	public static final String HEADER = "Content-Security-Policy";

	private static final String BASE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	private ContentSecurity() {
	}

	public static String policy() {
		return BASE;
	}

	/** The policy with forms also allowed to end at these origins (e.g. {@code https://dept.example}). */
	public static String policyAllowingFormsTo(Collection<String> origins) {
		return BASE + origins.stream().filter(o -> o.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+"))
			.map(o -> " " + o).distinct().collect(Collectors.joining());
	}
}
