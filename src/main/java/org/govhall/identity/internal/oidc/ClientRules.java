package org.govhall.identity.internal.oidc;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.govhall.shared.web.ProblemException;


/**
 * What a client registration must hold, at registration and at every change: scopes from the provider's list,
 * and redirect addresses that are https, or http on the loopback address (RFC 8252), without a fragment.
 */
final class ClientRules {

	private ClientRules() {
	}

	static List<String> scopes(List<String> requested) {
		List<String> scopes = requested == null ? List.of()
				: requested.stream().filter(Objects::nonNull).map(String::strip).distinct().toList();
		if (scopes.isEmpty() || !OidcClients.SCOPES.containsAll(scopes)) {
			throw ProblemException.invalid("scopes", "identity.client.scopes", String.join(", ", OidcClients.SCOPES.stream().sorted().toList()));
		}
		return scopes;
	}

	/** The addresses without blanks and repeats, each checked. */
	static List<String> redirects(List<String> uris) {
		List<String> clean = uris == null ? List.of()
				: uris.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
		clean.forEach(ClientRules::checkRedirect);
		return clean;
	}

	static String name(String requested, String otherwise) {
		String name = requested == null || requested.isBlank() ? otherwise : requested.strip();
		if (name.length() > 200) {
			throw ProblemException.invalid("name", "identity.client.name");
		}
		return name;
	}

	static <T> List<T> concat(List<T> a, List<T> b) {
		return Stream.concat(a.stream(), b.stream()).toList();
	}

	private static void checkRedirect(String uri) {
		URI parsed;
		try {
			parsed = URI.create(uri);
		}
		catch (IllegalArgumentException bad) {
			throw ProblemException.invalid("redirectUris", "identity.client.redirect", uri);
		}
		// RFC 8252: a native or development client listens on the loopback address, not on the name "localhost"
		boolean local = "127.0.0.1".equals(parsed.getHost()) || "[::1]".equals(parsed.getHost());
		if (parsed.getFragment() != null || parsed.getHost() == null
				|| !("https".equals(parsed.getScheme()) || ("http".equals(parsed.getScheme()) && local))) {
			throw ProblemException.invalid("redirectUris", "identity.client.redirect", uri);
		}
	}
}
