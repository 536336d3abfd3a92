package org.govhall.identity.internal.oidc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature is verified once; what can change between two uses is checked on each. */
class VerifiedTokensTests {

	private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final AtomicInteger verifications = new AtomicInteger();

	/** Stands in for the signature check: counts how often it runs, answers a token expiring as its text says. */
	private final JwtDecoder verifier = token -> {
		verifications.incrementAndGet();
		return Jwt.withTokenValue(token).header("alg", "RS256").header("kid", "key-1").subject("client").audience(Set.of("client"))
			.issuedAt(NOW.minusSeconds(10)).expiresAt(NOW.plusSeconds(Long.parseLong(token.substring(token.indexOf('-') + 1)))).build();
	};

	private final Set<String> disabled = new HashSet<>();

	private final OAuth2TokenValidator<Jwt> disabledClients = jwt -> jwt.getAudience().stream()
		.anyMatch(disabled::contains) ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "disabled", null))
				: OAuth2TokenValidatorResult.success();

	private final Set<String> retiredKeys = new HashSet<>();

	private final VerifiedTokens tokens = new VerifiedTokens(verifier, disabledClients, kid -> !retiredKeys.contains(kid),
			clock);

	@Test
	void a_token_used_again_is_not_verified_again() {
		Jwt first = tokens.decode("token-600");
		Jwt second = tokens.decode("token-600");
		assertThat(second).isSameAs(first);
		assertThat(verifications).hasValue(1);
		tokens.decode("other-600");
		assertThat(verifications).hasValue(2);
	}

	@Test
	void a_cached_token_of_a_client_disabled_since_is_refused_on_its_next_use() {
		tokens.decode("token-600");
		disabled.add("client");
		assertThatThrownBy(() -> tokens.decode("token-600")).isInstanceOf(JwtValidationException.class);
		assertThat(verifications).hasValue(1);
	}

	@Test
	void a_cached_token_whose_key_was_retired_beyond_its_grace_is_verified_again_and_refused() {
		tokens.decode("token-600");
		retiredKeys.add("key-1");
		tokens.decode("token-600");
		assertThat(verifications).as("verified again: the verifier itself refuses a key no longer published")
			.hasValue(2);
	}

	@Test
	void an_already_expired_token_is_never_remembered() {
		assertThat(tokens.decode("stale--5").getExpiresAt()).isBefore(NOW);
		tokens.decode("stale--5");
		assertThat(verifications).hasValue(2);
	}
}
