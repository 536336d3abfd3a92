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
import org.govhall.shared.crypto.SecretBox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The provider's token signing keys (RS256), kept in the database so that every node signs and verifies with the
 * same keys and a restart breaks no token. One key is active; a rotation makes a new one active and retires the
 * old, which stays published for {@code retiredKeyGrace} so that tokens it signed keep verifying. Each node reads
 * the keys again every few seconds, and at once when it meets a key id it does not know. The private keys are
 * sealed ({@link SecretBox}) in the database; a key stored in clear before sealing existed is still read, and
 * sealed at the next start.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

	private static final long REFRESH_MILLIS = 5_000;

	private final JdbcClient jdbc;

	private final IdentityProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecretBox box;

	private volatile Snapshot snapshot = new Snapshot(List.of(), null, 0);

	SigningKeys(JdbcClient jdbc, IdentityProperties properties, AuditTrail audit, Clock clock, SecretBox box) {
		this.box = box;
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
				select kid, jwk, state from identity_signing_key
				where state = 'ACTIVE' or retired_at > ? order by created_at desc""")
			.param(Timestamp.from(oldest))
			.query((rs, n) -> {
				try {
					return new Stored(JWK.parse(box.openOrPlain(rs.getString(2), sealedFor(rs.getString(1)))),
							"ACTIVE".equals(rs.getString(3)));
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
				.params(key.getKeyID(), box.seal(key.toJSONString(), sealedFor(key.getKeyID())),
						Timestamp.from(clock.instant()))
				.update();
			return key.getKeyID();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("cannot generate a signing key", e);
		}
	}

	/**
	 * Seals the keys still stored in clear (written before sealing existed); answers how many. Each row is
	 * replaced only if it is still the plain value read, so nodes starting together do not seal twice.
	 */
	@Transactional
	public int sealPlainKeys() {
		int sealed = 0;
		for (String[] row : jdbc.sql("select kid, jwk from identity_signing_key where jwk not like ?")
			.param(SecretBox.PREFIX + "%").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list()) {
			sealed += jdbc.sql("update identity_signing_key set jwk = ? where kid = ? and jwk = ?")
				.params(box.seal(row[1], sealedFor(row[0])), row[0], row[1]).update();
		}
		return sealed;
	}

	/** The associated data a key is sealed with: its row, so that a sealed key moved to another row does not open. */
	private static String sealedFor(String kid) {
		return "identity_signing_key:" + kid;
	}
}
