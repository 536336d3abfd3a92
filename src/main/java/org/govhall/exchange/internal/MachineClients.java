package org.govhall.exchange.internal;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.govhall.exchange.internal.ClientRegistrations.Registration;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered department systems and the checks of their signed client assertions: a JWT signed with the
 * client's registered key (EC or RSA), issuer and subject the client, audience the gateway, at most five
 * minutes of validity, and a {@code jti} never seen before. Each client has a rate limit per minute (counted on
 * this node).
 */
@Service
public class MachineClients {

	/** The audience every assertion must name. */
	public static final String AUDIENCE = "urn:govhall:exchange";

	static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final CallsPerMinute recentCalls;

	private final ObjectProvider<JwtDecoder> accessTokens;

	private final ClientRegistrations registrations;

	/** {@code callClock}: what the per-minute limit counts on (the kernel's clock; a test's own in the tests). */
	MachineClients(JdbcClient jdbc, AuditTrail audit, Clock clock, ObjectProvider<JwtDecoder> accessTokens,
			ClientRegistrations registrations, InstantSource callClock) {
		this.jdbc = jdbc;
		this.recentCalls = new CallsPerMinute(callClock);
		this.registrations = registrations;
		this.audit = audit;
		this.clock = clock;
		this.accessTokens = accessTokens;
	}

	/** The scope an access token from the hall's OIDC provider must carry to call the gateway. */
	public static final String SCOPE = "exchange";

	/**
	 * Registers a client that authenticates with access tokens from the hall's OIDC provider (client credentials,
	 * the same client id registered there with the {@code exchange} scope) instead of a key of its own.
	 */
	@Transactional
	public void registerForAccessTokens(String clientId, String departmentCode, int requestsPerMinute,
			Integer dailyQuota, String by) {
		jdbc.sql("""
				insert into exchange_client (client_id, department_code, public_key_jwk, requests_per_minute,
				    daily_quota, registered_by, registered_at)
				values (?, ?, null, ?, ?, ?, ?)
				on conflict (client_id) do update set department_code = excluded.department_code,
				    public_key_jwk = null, requests_per_minute = excluded.requests_per_minute,
				    daily_quota = excluded.daily_quota,
				    active = true, registered_by = excluded.registered_by, registered_at = excluded.registered_at""")
			.params(clientId, departmentCode, requestsPerMinute, dailyQuota, by, Timestamp.from(clock.instant()))
			.update();
		registrations.changed(clientId);
		audit.record(AuditEvent.of("exchange.clientRegistered").on("client", clientId).by(by)
			.detail("department", departmentCode).detail("requestsPerMinute", requestsPerMinute)
			.detail("authentication", "oauth2-client-credentials"));
	}

	/** Why an assertion was refused. */
	public static class RejectedAssertion extends Exception {

		RejectedAssertion(String reason) {
			super(reason);
		}
	}

	/** Registers (or replaces) a client's public key; the key must be a public JWK. */
	@Transactional
	public void register(String clientId, String departmentCode, String publicJwk, int requestsPerMinute,
			Integer dailyQuota, String by) {
		JWK key;
		try {
			key = JWK.parse(publicJwk);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not a JWK: " + ex.getMessage());
		}
		if (key.isPrivate()) {
			throw new IllegalArgumentException("register the public key only");
		}
		jdbc.sql("""
				insert into exchange_client (client_id, department_code, public_key_jwk, requests_per_minute,
				    daily_quota, registered_by, registered_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (client_id) do update set department_code = excluded.department_code,
				    public_key_jwk = excluded.public_key_jwk, requests_per_minute = excluded.requests_per_minute,
				    daily_quota = excluded.daily_quota,
				    active = true, registered_by = excluded.registered_by, registered_at = excluded.registered_at""")
			.params(clientId, departmentCode, key.toPublicJWK().toJSONString(), requestsPerMinute, dailyQuota, by,
					Timestamp.from(clock.instant()))
			.update();
		registrations.changed(clientId);
		audit.record(AuditEvent.of("exchange.clientRegistered").on("client", clientId).by(by)
			.detail("department", departmentCode).detail("requestsPerMinute", requestsPerMinute));
	}

	/**
	 * Deactivates a client: its next call is refused (on this node at once, on others within
	 * {@link ClientRegistrations#FRESHNESS}). Answers false when there is no such active client.
	 */
	@Transactional
	public boolean deactivate(String clientId, String by) {
		boolean deactivated = jdbc.sql("update exchange_client set active = false where client_id = ? and active")
			.param(clientId).update() == 1;
		registrations.changed(clientId);
		if (deactivated) {
			audit.record(AuditEvent.of("exchange.clientDeactivated").on("client", clientId).by(by));
		}
		return deactivated;
	}

	/** Checks an assertion and answers the client it authenticates. */
	public MachineClient authenticate(String assertion) throws RejectedAssertion {
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(assertion);
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new RejectedAssertion("malformed");
		}
		if (claims.getIssuer() != null && claims.getIssuer().startsWith("http")) {
			return byAccessToken(assertion);
		}
		String clientId = claims.getIssuer();
		if (clientId == null || !clientId.equals(claims.getSubject())) {
			throw new RejectedAssertion("issuer and subject must both be the client id");
		}
		Registration registration = registration(clientId).orElseThrow(() -> new RejectedAssertion("unknown client"));
		if (registration.publicJwk() == null) {
			throw new RejectedAssertion("client authenticates with access tokens");
		}
		try {
			JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(),
					keyOf(registration));
			if (!jwt.verify(verifier)) {
				throw new RejectedAssertion("bad signature");
			}
		}
		catch (JOSEException | ParseException ex) {
			throw new RejectedAssertion("bad signature");
		}
		Instant now = clock.instant();
		if (claims.getAudience() == null || !claims.getAudience().contains(AUDIENCE)) {
			throw new RejectedAssertion("wrong audience");
		}
		if (claims.getExpirationTime() == null || !claims.getExpirationTime().toInstant().isAfter(now)
				|| claims.getExpirationTime().toInstant().isAfter(now.plus(MAX_LIFETIME).plusSeconds(30))) {
			throw new RejectedAssertion("expired or valid for too long");
		}
		String jti = claims.getJWTID();
		if (jti == null || jti.isBlank() || jti.length() > 128) {
			throw new RejectedAssertion("jti missing");
		}
		try {
			jdbc.sql("delete from exchange_client_assertion where expires_at < ?").param(Timestamp.from(now)).update();
			jdbc.sql("insert into exchange_client_assertion (jti, client_id, expires_at) values (?, ?, ?)")
				.params(jti, clientId, Timestamp.from(claims.getExpirationTime().toInstant())).update();
		}
		catch (DuplicateKeyException replay) {
			throw new RejectedAssertion("replayed");
		}
		return new MachineClient(clientId, registration.department());
	}

	/** An access token of the hall's OIDC provider, issued to a registered client with the exchange scope. */
	private MachineClient byAccessToken(String token) throws RejectedAssertion {
		JwtDecoder decoder = accessTokens.getIfAvailable();
		if (decoder == null) {
			throw new RejectedAssertion("no OIDC provider");
		}
		Jwt jwt;
		try {
			jwt = decoder.decode(token);
		}
		catch (JwtException invalid) {
			throw new RejectedAssertion("invalid access token");
		}
		java.util.Collection<String> scopes = jwt.getClaimAsStringList("scope");
		if (scopes == null || !scopes.contains(SCOPE)) {
			throw new RejectedAssertion("access token lacks the exchange scope");
		}
		String clientId = jwt.getSubject();
		if (!AccessTokenPolicy.isClientCredentialsTokenOf(jwt, clientId)) {
			throw new RejectedAssertion("not a client-credentials token of the client");
		}
		Registration registration = registration(clientId).orElseThrow(() -> new RejectedAssertion("unknown client"));
		return new MachineClient(clientId, registration.department());
	}

	/** Why a call was not allowed, and for how many seconds to wait. */
	public enum Refusal {
		RATE_LIMIT, DAILY_QUOTA
	}

	/**
	 * Counts a call against the per-minute rate limit (per node) and the daily quota (in the database, for every
	 * node together); answers the refusal, if any.
	 */
	public Optional<Refusal> admit(String clientId) {
		if (!allow(clientId)) {
			return Optional.of(Refusal.RATE_LIMIT);
		}
		Integer quota = registration(clientId).map(Registration::dailyQuota).orElse(null);
		if (quota == null) {
			return Optional.empty();
		}
		boolean counted = jdbc.sql("""
				insert into exchange_client_usage (client_id, day, calls) values (?, ?, 1)
				on conflict (client_id, day) do update set calls = exchange_client_usage.calls + 1
				where exchange_client_usage.calls < ?
				returning calls""")
			.params(clientId, java.time.LocalDate.now(clock), quota).query(Integer.class).optional().isPresent();
		return counted ? Optional.empty() : Optional.of(Refusal.DAILY_QUOTA);
	}

	/** Seconds until the next day starts, for a client over its daily quota. */
	public long secondsUntilTomorrow() {
		java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock);
		return java.time.Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(now.getZone())).toSeconds()
				+ 1;
	}

	/** Counts a call; false when the client has used up its calls of the last minute. */
	public boolean allow(String clientId) {
		int limit = registration(clientId).map(Registration::requestsPerMinute).orElse(0);
		return recentCalls.admit(clientId, limit);
	}

	private static java.security.Key keyOf(Registration registration) throws JOSEException, ParseException {
		JWK jwk = JWK.parse(registration.publicJwk());
		return switch (jwk.getKeyType().getValue()) {
			case "EC" -> jwk.toECKey().toPublicKey();
			case "RSA" -> jwk.toRSAKey().toPublicKey();
			default -> throw new JOSEException("unsupported key type " + jwk.getKeyType());
		};
	}

	private Optional<Registration> registration(String clientId) {
		return registrations.of(clientId);
	}
}
