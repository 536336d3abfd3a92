package org.govhall.licence.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.govhall.licence.HolderKind;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.crypto.SecretBox;
import org.govhall.support.GovHallTest;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing and reading credentials with each algorithm the hall offers, against keys in the database: a signed
 * credential reads back, one changed byte or a signature by another key with the same key id does not, an unknown
 * key id is unknown, and an independent JOSE implementation verifies it with the published keys alone.
 */
@GovHallTest
class CredentialSigningTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SecretBox box;

	@Autowired
	AuditTrail audit;

	@Autowired
	GovHallProperties hall;

	@ParameterizedTest
	@ValueSource(strings = { "ES256", "EdDSA", "SM2" })
	void a_credential_reads_back_and_a_changed_byte_another_key_or_an_unknown_key_is_caught(String algorithm)
			throws Exception {
		LicenceProperties properties = new LicenceProperties("http://hall.test", algorithm, Duration.ofDays(30),
				Duration.ofMinutes(5));
		IssuerKeys keys = new IssuerKeys(jdbc, box, audit, Clock.systemUTC(), properties);
		Credentials credentials = new Credentials(keys, properties, hall);
		String department = "T" + algorithm.toUpperCase();
		Credentials.Signed signed = credentials.sign(licence(department));
		assertThat(JWSObject.parse(signed.jws()).getHeader().getAlgorithm().getName()).isEqualTo(algorithm);

		Credentials.Read read = credentials.read(signed.jws());
		assertThat(read.ok()).as(read.failure()).isTrue();
		assertThat(read.department()).isEqualTo(department);

		String[] parts = signed.jws().split("\\.");
		String changed = parts[0] + "." + flipOneBit(parts[1]) + "." + parts[2];
		assertThat(credentials.read(changed).failure()).isEqualTo("signature");

		ECKey intruder = new ECKeyGenerator(Curve.P_256).keyID(signed.kid()).generate();
		JWSObject forged = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(Credentials.VC_JWT)
			.keyID(signed.kid()).build(), new Payload(JWSObject.parse(signed.jws()).getPayload().toJSONObject()));
		forged.sign(new ECDSASigner(intruder));
		assertThat(credentials.read(forged.serialize()).failure()).isEqualTo("signature");

		JWSObject stranger = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.ES256).type(Credentials.VC_JWT)
			.keyID("unknown-" + UUID.randomUUID()).build(), new Payload(Map.of("issuer", "x")));
		stranger.sign(new ECDSASigner(intruder));
		assertThat(credentials.read(stranger.serialize()).failure()).isEqualTo("unknownKey");

		String rotatedTo = keys.rotate(department, "test");
		assertThat(rotatedTo).isNotEqualTo(signed.kid());
		assertThat(credentials.read(signed.jws()).ok()).as("signed before the rotation").isTrue();
		assertThat(credentials.sign(licence(department)).kid()).isEqualTo(rotatedTo);

		if (!"SM2".equals(algorithm)) {
			// jose4j knows no SM2; SM2 is checked against BouncyCastle directly below
			JsonWebSignature independent = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(signed.jws());
			independent.setKey(new JsonWebKeySet(JSONObjectUtils.toJSONString(keys.publicKeys()))
				.findJsonWebKey(signed.kid(), null, null, null).getKey());
			assertThat(independent.verifySignature()).isTrue();
		}
		else {
			assertThat(sm2VerifiesDirectly(signed.jws(), keys.published(signed.kid()).orElseThrow().publicJwk())).isTrue();
		}
		assertThat(jdbc.sql("select private_jwk from licence_signing_key where kid = ?").param(signed.kid())
			.query(String.class).single()).as("sealed at rest").startsWith(SecretBox.PREFIX);
	}

	/** The SM2 signature checked with BouncyCastle's own signer and the published coordinates, outside the hall's code. */
	private static boolean sm2VerifiesDirectly(String jws, Map<String, Object> jwk) {
		var curve = org.bouncycastle.asn1.gm.GMNamedCurves.getByName("sm2p256v1");
		var domain = new org.bouncycastle.crypto.params.ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN());
		var point = curve.getCurve().createPoint(
				new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode((String) jwk.get("x"))),
				new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode((String) jwk.get("y"))));
		var verifier = new org.bouncycastle.crypto.signers.SM2Signer(org.bouncycastle.crypto.signers.PlainDSAEncoding.INSTANCE);
		verifier.init(false, new org.bouncycastle.crypto.params.ECPublicKeyParameters(point, domain));
		byte[] input = jws.substring(0, jws.lastIndexOf('.')).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		verifier.update(input, 0, input.length);
		return verifier.verifySignature(java.util.Base64.getUrlDecoder().decode(jws.substring(jws.lastIndexOf('.') + 1)));
	}

	private static String flipOneBit(String base64url) {
		byte[] bytes = java.util.Base64.getUrlDecoder().decode(base64url);
		bytes[bytes.length / 3] ^= 0x04;
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static IssuedLicence licence(String department) {
		return new IssuedLicence(UUID.randomUUID(), "1.2.156.3005.2.11100000MB0000000P001.11310000MB0000000X.20260000001.001.0",
				"11100000MB0000000P001", "营业执照", "91310000MA1DM00013", department, "11310000MB0000000X", "测试局",
				HolderKind.COMPANY, "上海测试有限公司", "91310000MA1DM00013", "310000", Map.of("businessScope", "软件开发"),
				LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), null, 1, null, null, "test", null);
	}
}
