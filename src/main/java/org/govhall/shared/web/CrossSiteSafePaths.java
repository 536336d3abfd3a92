package org.govhall.shared.web;

import java.util.List;

/**
 * Paths whose POST requests need no CSRF token, because they change nothing a signed-in person could be tricked into
 * (a check or a verification that answers and records no decision) and outside clients without a session call
 * them. Each module declares its own as a bean; the security configuration exempts exactly these.
 *
 * @param patterns path patterns such as {@code /api/v1/reference/checks/**}
 */
public record CrossSiteSafePaths(List<String> patterns) {

	public static CrossSiteSafePaths of(String... patterns) {
		return new CrossSiteSafePaths(List.of(patterns));
	}
}
