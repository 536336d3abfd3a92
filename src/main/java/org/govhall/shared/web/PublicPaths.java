package org.govhall.shared.web;

import java.util.List;

/**
 * Paths a module serves to everybody without signing in (the public guide pages, for example). Each module
 * declares its own as a bean; the security configuration permits exactly these and requires sign-in for
 * everything else.
 *
 * @param patterns path patterns such as {@code /services/**}
 */
public record PublicPaths(List<String> patterns) {

	public static PublicPaths of(String... patterns) {
		return new PublicPaths(List.of(patterns));
	}
}
