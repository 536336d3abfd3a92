package org.govhall.licence.internal;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.crypto.SecretBox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signing keys of the issuing departments (and of the hall, which signs the status lists), one active per
 * department and algorithm, kept in the database with the private part sealed ({@link SecretBox}). A rotation
 * retires the active key; retired keys stay published for ever, so every licence signed earlier keeps verifying.
 * Two nodes creating a department's first key together: the unique index lets one win and the other reads it.
 * Algorithms: ES256 (default), EdDSA (Ed25519) or SM2 with SM3 ({@link Sm2Jose}), by {@code govhall.licence.algorithm}.
 */
@Component
public class IssuerKeys {

	/** The key owner that signs the status lists. */
	public static final String HALL = "HALL";

	private final JdbcClient jdbc;

	private final SecretBox box;

	private final AuditTrail audit;

	private final Clock clock;

	private final JWSAlgorithm algorithm;

	private final Map<String, Signing> active = new ConcurrentHashMap<>();

	private final Map<String, Published> published = new ConcurrentHashMap<>();

	IssuerKeys(JdbcClient jdbc, SecretBox box, AuditTrail audit, Clock clock, LicenceProperties properties) {
		this.jdbc = jdbc;
		this.box = box;
		this.audit = audit;
		this.clock = clock;
		this.algorithm = JWSAlgorithm.parse(properties.algorithm());
	}

	/** A key ready to sign: its id and signer. */
	public record Signing(String kid, JWSAlgorithm algorithm, JWSSigner signer) {
	}

	/** A published key: which department it belongs to, its algorithm, its public JWK and a verifier made once. */
	public record Published(String kid, String department, String algorithm, Map<String, Object> publicJwk,
			JWSVerifier verifier) {
	}

	/** The department's active key, created on first use. */
	public Signing signing(String department) {
		return active.computeIfAbsent(department, d -> readActive(d).orElseGet(() -> create(d)));
	}

	/** A published key by its id (active or retired), if the hall has it. */
	public Optional<Published> published(String kid) {
		if (kid == null) {
			return Optional.empty();
		}
		Published known = published.get(kid);
		if (known != null) {
			return Optional.of(known);
		}
		return jdbc.sql("select kid, department, public_jwk from licence_signing_key where kid = ?").param(kid)
			.query((rs, n) -> publishedKey(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
			.map(p -> {
				published.put(kid, p);
				return p;
			});
	}

	/** Every key the hall ever signed with, public parts only, as a JWKS ({@code {"keys": [...]}}). */
	public Map<String, Object> publicKeys() {
		return Map.of("keys", jdbc.sql("select public_jwk from licence_signing_key order by created_at")
			.query((rs, n) -> json(rs.getString(1))).list());
	}

	/** Retires the department's active key and makes a new one; answers the new key's id. */
	@Transactional
	public String rotate(String department, String reason) {
		String retired = jdbc.sql("""
				update licence_signing_key set state = 'RETIRED', retired_at = ?
				where department = ? and algorithm = ? and state = 'ACTIVE' returning kid""")
			.params(Timestamp.from(clock.instant()), department, algorithm.getName()).query(String.class).optional()
			.orElse(null);
		active.remove(department);
		Signing fresh = insert(department);
		audit.record(AuditEvent.of("licence.keyRotated").on("licence-key", fresh.kid()).because(reason)
			.detail("department", department).detail("retired", retired));
		active.put(department, fresh);
		return fresh.kid();
	}

	/** Forgets the active keys read (another node rotated). */
	public void forgetActive() {
		active.clear();
	}

	private Optional<Signing> readActive(String department) {
		return jdbc.sql("""
				select kid, private_jwk from licence_signing_key
				where department = ? and algorithm = ? and state = 'ACTIVE'""")
			.params(department, algorithm.getName())
			.query((rs, n) -> signing(rs.getString(1), box.open(rs.getString(2), context(rs.getString(1)))))
			.optional();
	}

	private Signing create(String department) {
		try {
			return insert(department);
		}
		catch (DuplicateKeyException anotherNodeWon) {
			return readActive(department).orElseThrow();
		}
	}

	private Signing insert(String department) {
		Map<String, Object> key = generate();
		String kid = (String) key.get("kid");
		String privateJwk = JSONObjectUtils.toJSONString(key);
		jdbc.sql("""
				insert into licence_signing_key (kid, department, algorithm, private_jwk, public_jwk, state, created_at)
				values (?, ?, ?, ?, ?, 'ACTIVE', ?)""")
			.params(kid, department, algorithm.getName(), box.seal(privateJwk, context(kid)),
					JSONObjectUtils.toJSONString(publicPart(key)), Timestamp.from(clock.instant()))
			.update();
		return signing(kid, privateJwk);
	}

	/** A new private JWK of the configured algorithm. */
	private Map<String, Object> generate() {
		String kid = UUID.randomUUID().toString();
		try {
			if (Sm2Jose.SM2.equals(algorithm)) {
				return Sm2Jose.generate(kid);
			}
			if (JWSAlgorithm.EdDSA.equals(algorithm)) {
				return new OctetKeyPairGenerator(Curve.Ed25519).keyID(kid).keyUse(KeyUse.SIGNATURE)
					.algorithm(JWSAlgorithm.EdDSA).generate().toJSONObject();
			}
			return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
				.generate().toJSONObject();
		}
		catch (JOSEException e) {
			throw new IllegalStateException("cannot generate a licence signing key", e);
		}
	}

	private static Map<String, Object> publicPart(Map<String, Object> privateJwk) {
		if (Sm2Jose.isSm2(privateJwk)) {
			return Sm2Jose.publicPart(privateJwk);
		}
		try {
			return JWK.parse(privateJwk).toPublicJWK().toJSONObject();
		}
		catch (ParseException e) {
			throw new IllegalStateException("unusable licence signing key", e);
		}
	}

	private static Signing signing(String kid, String privateJwk) {
		Map<String, Object> jwk = json(privateJwk);
		try {
			if (Sm2Jose.isSm2(jwk)) {
				return new Signing(kid, Sm2Jose.SM2, Sm2Jose.signer(jwk));
			}
			JWK key = JWK.parse(jwk);
			if (key instanceof OctetKeyPair okp) {
				return new Signing(kid, JWSAlgorithm.EdDSA, new Ed25519Signer(okp));
			}
			return new Signing(kid, JWSAlgorithm.ES256, new ECDSASigner((ECKey) key));
		}
		catch (ParseException | JOSEException e) {
			throw new IllegalStateException("unusable licence signing key " + kid, e);
		}
	}

	private static Published publishedKey(String kid, String department, String publicJwk) {
		Map<String, Object> jwk = json(publicJwk);
		try {
			if (Sm2Jose.isSm2(jwk)) {
				return new Published(kid, department, Sm2Jose.SM2.getName(), jwk, Sm2Jose.verifier(jwk));
			}
			JWK key = JWK.parse(jwk);
			JWSVerifier verifier = key instanceof OctetKeyPair okp ? new Ed25519Verifier(okp)
					: new ECDSAVerifier((ECKey) key);
			return new Published(kid, department, key.getAlgorithm().getName(), jwk, verifier);
		}
		catch (ParseException | JOSEException e) {
			throw new IllegalStateException("unusable licence key " + kid, e);
		}
	}

	private static Map<String, Object> json(String text) {
		try {
			return JSONObjectUtils.parse(text);
		}
		catch (ParseException e) {
			throw new IllegalStateException("unreadable licence key", e);
		}
	}

	private static String context(String kid) {
		return "licence_signing_key:" + kid;
	}

	/** The ids of a department's keys, newest first (for the administrators' page). */
	public List<String> kidsOf(String department) {
		return jdbc.sql("select kid from licence_signing_key where department = ? order by created_at desc")
			.param(department).query(String.class).list();
	}
}
