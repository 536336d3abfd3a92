package org.govhall.exchange.internal;

import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * When an access token of the hall's OIDC provider speaks for a department system itself: a client-credentials
 * token, whose subject is the client and whose audience (and {@code client_id} and {@code azp}, where present)
 * name that same client, carrying no claim about a signed-in user. A token issued to a client for a user (whose
 * subject is the user) never passes, even when the user's name happens to be a registered client id.
 */
final class AccessTokenPolicy {

	/** Claims the provider puts only into tokens issued for a signed-in person or staff member. */
	static final Set<String> USER_CLAIMS = Set.of("roles", "account_type", "acr", "loa", "department", "company",
			"name", "sid", "auth_time", "nonce");

	private AccessTokenPolicy() {
	}

	static boolean isClientCredentialsTokenOf(Jwt token, String clientId) {
		if (clientId == null || clientId.isBlank()) {
			return false;
		}
		List<String> audience = token.getAudience();
		if (audience == null || !audience.contains(clientId)) {
			return false;
		}
		for (String claim : List.of("client_id", "azp")) {
			if (token.hasClaim(claim) && !clientId.equals(token.getClaimAsString(claim))) {
				return false;
			}
		}
		return USER_CLAIMS.stream().noneMatch(token::hasClaim);
	}
}
