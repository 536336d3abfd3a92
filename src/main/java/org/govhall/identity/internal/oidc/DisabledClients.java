package org.govhall.identity.internal.oidc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 * enabled again. Tokens of a client that was ever disabled carry the time of its last disabling as a stamp
 * ({@value #STAMP_CLAIM}, milliseconds): a token with an older stamp or none was issued before it, whatever its
 * {@code iat} (which counts whole seconds) says. The list is kept in memory and read again at most every five
 * seconds, at once on the node where a client was disabled or enabled, so that checking a token costs no query.
 */
@Component
class DisabledClients implements OAuth2TokenValidator<Jwt> {

	static final Duration REREAD = Duration.ofSeconds(5);

	/** The claim that stamps a token with its client's last disabling. */
	static final String STAMP_CLAIM = "govhall_client_epoch";

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
			if (disabled.contains(client) || (after != null && !stampedSince(token, after))) {
				return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
						"The client this token was issued to is or was disabled", null));
			}
		}
		return OAuth2TokenValidatorResult.success();
	}

	/** The stamp for a new token of {@code clientId}: when it was last disabled, if it ever was. */
	Optional<Long> stamp(String clientId) {
		return jdbc.sql("select tokens_valid_after from oauth2_registered_client where client_id = ?").param(clientId)
			.query((rs, n) -> rs.getTimestamp(1)).optional().filter(java.util.Objects::nonNull)
			.map(at -> at.toInstant().toEpochMilli());
	}

	private static boolean stampedSince(Jwt token, Instant disabledAt) {
		Object stamp = token.getClaims().get(STAMP_CLAIM);
		return stamp instanceof Number n && n.longValue() >= disabledAt.toEpochMilli();
	}
}
