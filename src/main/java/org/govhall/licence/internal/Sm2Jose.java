package org.govhall.licence.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Requirement;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.util.Base64URL;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;

/**
 * SM2 signatures with the SM3 digest (GB/T 32918, GB/T 35276: the default signer identifier
 * {@code 1234567812345678}) for JOSE, for deployments that must use national algorithms. JOSE registers no name
 * for it: the hall writes {@code "alg": "SM2"} and publishes keys as {@code {"kty": "EC", "crv": "SM2", "x", "y"}}
 * (coordinates of curve sm2p256v1, 32 bytes each); the signature is r‖s, 64 bytes, as for ES256. BouncyCastle's
 * lightweight API does the arithmetic.
 */
final class Sm2Jose {

	static final JWSAlgorithm SM2 = new JWSAlgorithm("SM2", Requirement.OPTIONAL);

	private static final X9ECParameters CURVE = GMNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1);

	private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(),
			CURVE.getN(), CURVE.getH());

	private static final SecureRandom RANDOM = new SecureRandom();

	private Sm2Jose() {
	}

	/** A new key pair as a private JWK (with {@code d}) for {@code kid}. */
	static Map<String, Object> generate(String kid) {
		ECKeyPairGenerator generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(DOMAIN, RANDOM));
		AsymmetricCipherKeyPair pair = generator.generateKeyPair();
		ECPoint q = ((ECPublicKeyParameters) pair.getPublic()).getQ().normalize();
		Map<String, Object> jwk = publicJwk(kid, q);
		jwk.put("d", coordinate(((ECPrivateKeyParameters) pair.getPrivate()).getD()).toString());
		return jwk;
	}

	/** The public part of a private JWK. */
	static Map<String, Object> publicPart(Map<String, Object> privateJwk) {
		Map<String, Object> jwk = new LinkedHashMap<>(privateJwk);
		jwk.remove("d");
		return jwk;
	}

	private static Map<String, Object> publicJwk(String kid, ECPoint q) {
		Map<String, Object> jwk = new LinkedHashMap<>();
		jwk.put("kty", "EC");
		jwk.put("crv", "SM2");
		jwk.put("x", coordinate(q.getAffineXCoord().toBigInteger()).toString());
		jwk.put("y", coordinate(q.getAffineYCoord().toBigInteger()).toString());
		jwk.put("kid", kid);
		jwk.put("use", "sig");
		jwk.put("alg", SM2.getName());
		return jwk;
	}

	static boolean isSm2(Map<String, Object> jwk) {
		return "SM2".equals(jwk.get("crv"));
	}

	static JWSSigner signer(Map<String, Object> privateJwk) {
		return new Signer(new ECPrivateKeyParameters(number(privateJwk.get("d")), DOMAIN));
	}

	static JWSVerifier verifier(Map<String, Object> publicJwk) {
		ECPoint q = CURVE.getCurve().createPoint(number(publicJwk.get("x")), number(publicJwk.get("y")));
		if (!q.isValid()) {
			throw new IllegalArgumentException("the SM2 key's point is not on the curve");
		}
		return new Verifier(new ECPublicKeyParameters(q, DOMAIN));
	}

	private static Base64URL coordinate(BigInteger value) {
		byte[] bytes = value.toByteArray();
		byte[] fixed = new byte[32];
		int from = Math.max(0, bytes.length - 32);
		System.arraycopy(bytes, from, fixed, 32 - (bytes.length - from), bytes.length - from);
		return Base64URL.encode(fixed);
	}

	private static BigInteger number(Object base64url) {
		return new BigInteger(1, new Base64URL(String.valueOf(base64url)).decode());
	}

	private static final class Signer implements JWSSigner {

		private final ECPrivateKeyParameters key;

		private final JCAContext context = new JCAContext();

		Signer(ECPrivateKeyParameters key) {
			this.key = key;
		}

		@Override
		public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
			SM2Signer sm2 = new SM2Signer(PlainDSAEncoding.INSTANCE);
			sm2.init(true, new ParametersWithRandom(key, RANDOM));
			sm2.update(signingInput, 0, signingInput.length);
			try {
				return Base64URL.encode(sm2.generateSignature());
			}
			catch (CryptoException e) {
				throw new JOSEException("SM2 signing failed", e);
			}
		}

		@Override
		public Set<JWSAlgorithm> supportedJWSAlgorithms() {
			return Set.of(SM2);
		}

		@Override
		public JCAContext getJCAContext() {
			return context;
		}
	}

	private static final class Verifier implements JWSVerifier {

		private final ECPublicKeyParameters key;

		private final JCAContext context = new JCAContext();

		Verifier(ECPublicKeyParameters key) {
			this.key = key;
		}

		@Override
		public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
			if (!SM2.equals(header.getAlgorithm())) {
				return false;
			}
			SM2Signer sm2 = new SM2Signer(PlainDSAEncoding.INSTANCE);
			sm2.init(false, key);
			sm2.update(signingInput, 0, signingInput.length);
			return sm2.verifySignature(signature.decode());
		}

		@Override
		public Set<JWSAlgorithm> supportedJWSAlgorithms() {
			return Set.of(SM2);
		}

		@Override
		public JCAContext getJCAContext() {
			return context;
		}
	}
}
