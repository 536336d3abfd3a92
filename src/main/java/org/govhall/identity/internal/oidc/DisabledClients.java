package org.govhall.identity.internal.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Refuses, wherever the provider's tokens are checked (userinfo, the exchange gateway), a token issued to a
 * client an administrator disabled, and a token issued before the client was last disabled even once it is
 * enabled again. The list is kept in memory and read again at most every five seconds, at once on the node
 * where a client was disabled or enabled, so that checking a token costs no query.
 */
@Component
class DisabledClients implements OAuth2TokenValidator<Jwt> {

	static final Duration REREAD = Duration.ofSeconds(5);

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Set<String> disabled = Set.of();

	private volatile Map<String, Instant> validAfter = Map.of();

	private volatile Instant readAt = Instant.EPOCH;

	DisabledClients(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Reads the list again (after a change on this node). */
	void reread() {
		Instant now = clock.instant();
		Set<String> off = new java.util.HashSet<>();
		Map<String, Instant> after = new HashMap<>();
		jdbc.sql("""
				select client_id, disabled_at is not null, tokens_valid_after from oauth2_registered_client
				where disabled_at is not null or tokens_valid_after is not null""")
			.query(rs -> {
				if (rs.getBoolean(2)) {
					off.add(rs.getString(1));
				}
				if (rs.getTimestamp(3) != null) {
					after.put(rs.getString(1), rs.getTimestamp(3).toInstant());
				}
			});
		disabled = Set.copyOf(off);
		validAfter = Map.copyOf(after);
		readAt = now;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		if (clock.instant().isAfter(readAt.plus(REREAD))) {
			reread();
		}
		if (token.getAudience() == null) {
			return OAuth2TokenValidatorResult.success();
		}
		for (String client : token.getAudience()) {
			Instant after = validAfter.get(client);
			if (disabled.contains(client)
					|| (after != null && (token.getIssuedAt() == null || token.getIssuedAt().isBefore(after)))) {
				return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
						"The client this token was issued to is or was disabled", null));
			}
		}
		return OAuth2TokenValidatorResult.success();
	}
}
