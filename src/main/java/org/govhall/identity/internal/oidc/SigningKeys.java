package org.govhall.identity.internal.oidc;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.govhall.identity.internal.IdentityProperties;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's token signing keys (RS256), kept in the database so that every node signs and verifies with the
 * same keys and a restart breaks no token. One key is active; a rotation makes a new one active and retires the
 * old, which stays published for {@code retiredKeyGrace} so that tokens it signed keep verifying. Each node reads
 * the keys again every few seconds, and at once when it meets a key id it does not know.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

	private static final long REFRESH_MILLIS = 5_000;

	private final JdbcClient jdbc;

	private final IdentityProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	private volatile Snapshot snapshot = new Snapshot(List.of(), null, 0);

	SigningKeys(JdbcClient jdbc, IdentityProperties properties, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	private record Snapshot(List<JWK> keys, String activeKid, long readAt) {
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) {
		List<JWK> found = selector.select(new JWKSet(current().keys()));
		if (found.isEmpty()) {
			found = selector.select(new JWKSet(reload().keys()));
		}
		return found;
	}

	/** The key id new tokens are signed with. */
	public String activeKid() {
		return current().activeKid();
	}

	/**
	 * The public key for a key id, if it is published now (active, or retired within the grace period). Converted
	 * keys are kept, so verifying a token does not rebuild the key from its JWK every time.
	 */
	public java.util.Optional<java.security.PublicKey> verificationKey(String kid) {
		if (kid == null) {
			return java.util.Optional.empty();
		}
		Snapshot keys = current();
		if (keys.keys().stream().noneMatch(k -> kid.equals(k.getKeyID()))) {
			keys = reload();
		}
		JWK jwk = keys.keys().stream().filter(k -> kid.equals(k.getKeyID())).findFirst().orElse(null);
		if (jwk == null) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(publicKeys.computeIfAbsent(kid, id -> {
			try {
				return jwk.toRSAKey().toRSAPublicKey();
			}
			catch (JOSEException e) {
				throw new IllegalStateException("unusable signing key " + id, e);
			}
		}));
	}

	private final java.util.Map<String, java.security.PublicKey> publicKeys = new java.util.concurrent.ConcurrentHashMap<>();

	/** The public keys as published (JWKS). */
	public JWKSet publicKeys() {
		return new JWKSet(current().keys()).toPublicJWKSet();
	}

	/** Makes a new key active and retires the current one; answers the new key id. */
	@Transactional
	public String rotate(String reason) {
		String retired = jdbc.sql("update identity_signing_key set state = 'RETIRED', retired_at = ? where state = 'ACTIVE' returning kid")
			.param(Timestamp.from(clock.instant())).query(String.class).optional().orElse(null);
		String kid = insertNewKey();
		audit.record(AuditEvent.of("identity.signingKeyRotated").on("signing-key", kid).because(reason)
			.detail("retired", retired));
		snapshot = new Snapshot(List.of(), null, 0);
		return kid;
	}

	private Snapshot current() {
		Snapshot s = snapshot;
		return s.activeKid() != null && System.currentTimeMillis() - s.readAt() < REFRESH_MILLIS ? s : reload();
	}

	private synchronized Snapshot reload() {
		Instant oldest = clock.instant().minus(properties.retiredKeyGrace());
		List<Stored> stored = read(oldest);
		if (stored.stream().noneMatch(k -> k.active())) {
			ensureActive();
			stored = read(oldest);
		}
		List<JWK> keys = stored.stream().map(Stored::jwk).toList();
		String active = stored.stream().filter(Stored::active).map(k -> k.jwk().getKeyID()).findFirst().orElseThrow();
		snapshot = new Snapshot(keys, active, System.currentTimeMillis());
		return snapshot;
	}

	private record Stored(JWK jwk, boolean active) {
	}

	private List<Stored> read(Instant oldest) {
		return jdbc.sql("""
				select jwk, state from identity_signing_key
				where state = 'ACTIVE' or retired_at > ? order by created_at desc""")
			.param(Timestamp.from(oldest))
			.query((rs, n) -> {
				try {
					return new Stored(JWK.parse(rs.getString(1)), "ACTIVE".equals(rs.getString(2)));
				}
				catch (ParseException e) {
					throw new IllegalStateException("unreadable signing key", e);
				}
			})
			.list();
	}

	private void ensureActive() {
		// two nodes starting together: the unique partial index lets only one insert win
		try {
			insertNewKey();
		}
		catch (org.springframework.dao.DuplicateKeyException anotherNodeWon) {
			// fine: read what it wrote
		}
	}

	private String insertNewKey() {
		try {
			RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256).generate();
			jdbc.sql("insert into identity_signing_key (kid, jwk, state, created_at) values (?, ?, 'ACTIVE', ?)")
				.params(key.getKeyID(), key.toJSONString(), Timestamp.from(clock.instant())).update();
			return key.getKeyID();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("cannot generate a signing key", e);
		}
	}
}
