package org.govhall.exchange.internal;

import java.security.Key;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.govhall.exchange.internal.ClientRegistrations.Registration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Who a department system's call comes from (客户端断言): a JWT signed with the system's registered key (EC or
 * RSA), issuer and subject the client, audience the gateway, at most five minutes of validity and a {@code jti}
 * never seen before — or a client-credentials access token of the hall's OIDC provider with the exchange scope,
 * issued to that very client.
 */
@Component
public class ClientAssertions {

	/** The audience every assertion must name. */
	public static final String AUDIENCE = "urn:govhall:exchange";

	/** The scope an access token from the hall's OIDC provider must carry to call the gateway. */
	public static final String SCOPE = "exchange";

	static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

	private static final DefaultJWSVerifierFactory VERIFIERS = new DefaultJWSVerifierFactory();

	/** The most access tokens remembered as checked; past that the expired ones go, then all. */
	static final int REMEMBERED_TOKENS = 10_000;

	private final Map<String, Key> keys = new ConcurrentHashMap<>();

	/**
	 * Access tokens that passed the checks that depend on the token alone (scope, issued for the client itself), by
	 * their text, until they expire: a department system sends one token with thousands of calls, and reading its
	 * claims again answers the same. What can change between two calls is checked on every call: the provider's
	 * decoder (times, key still published, client not disabled) and the exchange registration (still active).
	 */
	private final Map<String, CheckedToken> checkedTokens = new ConcurrentHashMap<>();

	private volatile JwtDecoder decoder;

	private final JdbcClient jdbc;

	private final ClientRegistrations registrations;

	private final ObjectProvider<JwtDecoder> accessTokens;

	private final Clock clock;

	ClientAssertions(JdbcClient jdbc, ClientRegistrations registrations, ObjectProvider<JwtDecoder> accessTokens,
			Clock clock) {
		this.jdbc = jdbc;
		this.registrations = registrations;
		this.accessTokens = accessTokens;
		this.clock = clock;
	}

	/** Why a bearer was refused. */
	public static class RejectedAssertion extends Exception {

		RejectedAssertion(String reason) {
			super(reason);
		}
	}

	/** An access token that passed the checks that depend on the token alone: its client and expiry. */
	private record CheckedToken(String clientId, Instant expiresAt) {
	}

	/** Checks a bearer (assertion or access token) and answers the system it authenticates. */
	public MachineClient authenticate(String bearer) throws RejectedAssertion {
		CheckedToken checked = checkedTokens.get(bearer);
		if (checked != null) {
			return byCheckedToken(bearer, checked);
		}
		SignedJWT jwt;
		JWTClaimsSet claims;
		try {
			jwt = SignedJWT.parse(bearer);
			claims = jwt.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw new RejectedAssertion("malformed");
		}
		if (claims.getIssuer() != null && claims.getIssuer().startsWith("http")) {
			return byAccessToken(bearer);
		}
		String clientId = claims.getIssuer();
		if (clientId == null || !clientId.equals(claims.getSubject())) {
			throw new RejectedAssertion("issuer and subject must both be the client id");
		}
		Registration registration = registration(clientId);
		if (registration.publicJwk() == null) {
			throw new RejectedAssertion("client authenticates with access tokens");
		}
		verifySignature(jwt, registration);
		Instant now = clock.instant();
		if (claims.getAudience() == null || !claims.getAudience().contains(AUDIENCE)) {
			throw new RejectedAssertion("wrong audience");
		}
		if (claims.getExpirationTime() == null || !claims.getExpirationTime().toInstant().isAfter(now)
				|| claims.getExpirationTime().toInstant().isAfter(now.plus(MAX_LIFETIME).plusSeconds(30))) {
			throw new RejectedAssertion("expired or valid for too long");
		}
		rememberOnce(claims.getJWTID(), clientId, claims.getExpirationTime().toInstant(), now);
		return new MachineClient(clientId, registration.department());
	}

	/** A token checked before: the provider's decoder and the registration are asked again, nothing else. */
	private MachineClient byCheckedToken(String token, CheckedToken checked) throws RejectedAssertion {
		if (!checked.expiresAt().isAfter(clock.instant())) {
			checkedTokens.remove(token);
			throw new RejectedAssertion("invalid access token");
		}
		decode(token);
		return new MachineClient(checked.clientId(), registration(checked.clientId()).department());
	}

	/** The provider's decoder (found once): signature once per token, times and disabled clients every time. */
	private Jwt decode(String token) throws RejectedAssertion {
		JwtDecoder known = decoder;
		if (known == null) {
			known = accessTokens.getIfAvailable();
			if (known == null) {
				throw new RejectedAssertion("no OIDC provider");
			}
			decoder = known;
		}
		try {
			return known.decode(token);
		}
		catch (JwtException invalid) {
			throw new RejectedAssertion("invalid access token");
		}
	}

	/** An access token of the hall's OIDC provider, issued to a registered client with the exchange scope. */
	private MachineClient byAccessToken(String token) throws RejectedAssertion {
		Jwt jwt = decode(token);
		Collection<String> scopes = jwt.getClaimAsStringList("scope");
		if (scopes == null || !scopes.contains(SCOPE)) {
			throw new RejectedAssertion("access token lacks the exchange scope");
		}
		String clientId = jwt.getSubject();
		if (!AccessTokenPolicy.isClientCredentialsTokenOf(jwt, clientId)) {
			throw new RejectedAssertion("not a client-credentials token of the client");
		}
		MachineClient client = new MachineClient(clientId, registration(clientId).department());
		remember(token, clientId, jwt.getExpiresAt());
		return client;
	}

	private void remember(String token, String clientId, Instant expiresAt) {
		Instant now = clock.instant();
		if (expiresAt == null || !expiresAt.isAfter(now)) {
			return;
		}
		if (checkedTokens.size() >= REMEMBERED_TOKENS) {
			checkedTokens.values().removeIf(known -> !known.expiresAt().isAfter(now));
			if (checkedTokens.size() >= REMEMBERED_TOKENS) {
				checkedTokens.clear();
			}
		}
		checkedTokens.put(token, new CheckedToken(clientId, expiresAt));
	}

	private void verifySignature(SignedJWT jwt, Registration registration) throws RejectedAssertion {
		try {
			JWSVerifier verifier = VERIFIERS.createJWSVerifier(jwt.getHeader(), keyOf(registration));
			if (!jwt.verify(verifier)) {
				throw new RejectedAssertion("bad signature");
			}
		}
		catch (JOSEException | ParseException ex) {
			throw new RejectedAssertion("bad signature");
		}
	}

	/** A {@code jti} is accepted once: replays within the assertion's lifetime are refused. */
	private void rememberOnce(String jti, String clientId, Instant expires, Instant now) throws RejectedAssertion {
		if (jti == null || jti.isBlank() || jti.length() > 128) {
			throw new RejectedAssertion("jti missing");
		}
		try {
			jdbc.sql("insert into exchange_client_assertion (jti, client_id, expires_at) values (?, ?, ?)")
				.params(jti, clientId, Timestamp.from(expires)).update();
		}
		catch (DuplicateKeyException replay) {
			throw new RejectedAssertion("replayed");
		}
	}

	/**
	 * The jti of expired assertions can be forgotten: an expired assertion is refused for its time anyway. Once a
	 * minute rather than on every call (on each node; a second node's purge finds nothing).
	 */
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void forgetExpiredAssertions() {
		jdbc.sql("delete from exchange_client_assertion where expires_at < ?").param(Timestamp.from(clock.instant()))
			.update();
	}

	/** The registered key as a Java key, parsed once per registered JWK rather than on every call. */
	private Key keyOf(Registration registration) throws JOSEException, ParseException {
		Key known = keys.get(registration.publicJwk());
		if (known != null) {
			return known;
		}
		JWK jwk = JWK.parse(registration.publicJwk());
		Key key = switch (jwk.getKeyType().getValue()) {
			case "EC" -> jwk.toECKey().toPublicKey();
			case "RSA" -> jwk.toRSAKey().toPublicKey();
			default -> throw new JOSEException("unsupported key type " + jwk.getKeyType());
		};
		if (keys.size() > 10_000) {
			keys.clear();
		}
		keys.put(registration.publicJwk(), key);
		return key;
	}

	private Registration registration(String clientId) throws RejectedAssertion {
		return registrations.of(clientId).orElseThrow(() -> new RejectedAssertion("unknown client"));
	}
}
