package org.govhall.identity.internal.oidc;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The provider's own access tokens, each parsed and its signature verified once (验签结果缓存): a department system
 * calls the gateway thousands of times with one token, and re-reading the same bytes with the same key answers
 * the same. What can change between two calls is checked on every call — the token's times, whether its key is
 * still published and whether its client has been disabled since — so caching changes nothing a caller can
 * observe. A token is remembered until
 * it expires, and at most {@value #CAPACITY} tokens at once (then the cache starts again, empty).
 */
final class VerifiedTokens implements JwtDecoder {

	static final int CAPACITY = 10_000;

	private final JwtDecoder verifier;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Predicate<String> keyStillPublished;

	private final Clock clock;

	private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

	/**
	 * @param verifier parses and checks the signature only (its own validator accepts every token)
	 * @param validator the checks made on every use
	 * @param keyStillPublished whether the key of a key id still verifies tokens (a key retired beyond its grace
	 *        period does not, even for a token verified under it before)
	 */
	VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> validator, Predicate<String> keyStillPublished,
			Clock clock) {
		this.verifier = verifier;
		this.validator = validator;
		this.keyStillPublished = keyStillPublished;
		this.clock = clock;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		if (token == null) {
			throw new BadJwtException("no token");
		}
		Jwt jwt = verified.get(token);
		if (jwt != null && !keyStillPublished.test(String.valueOf(jwt.getHeaders().get("kid")))) {
			verified.remove(token);
			jwt = null;
		}
		if (jwt == null) {
			jwt = verifier.decode(token);
			remember(token, jwt);
		}
		OAuth2TokenValidatorResult result = validator.validate(jwt);
		if (result.hasErrors()) {
			throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
		}
		return jwt;
	}

	private void remember(String token, Jwt jwt) {
		Instant now = clock.instant();
		if (jwt.getExpiresAt() == null || !jwt.getExpiresAt().isAfter(now)) {
			return;
		}
		if (verified.size() >= CAPACITY) {
			verified.values().removeIf(known -> !known.getExpiresAt().isAfter(now));
			if (verified.size() >= CAPACITY) {
				verified.clear();
			}
		}
		verified.put(token, jwt);
	}
}
