package org.govhall.shared.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * The key that signs checkpoints of the audit chain (ADR 0012): SM2 (GB/T 32918, SM3 digest, the default
 * distinguishing identifier {@code 1234567812345678}) or Ed25519 (RFC 8032). Read from and written as PKCS#8, so
 * that a key made by {@code openssl genpkey -algorithm SM2} or {@code -algorithm ed25519} can be used; the public
 * key is given out as an X.509 SubjectPublicKeyInfo in PEM, which {@code openssl pkeyutl -verify} reads.
 */
final class CheckpointKey {

	static final String SM2 = "SM2";

	static final String ED25519 = "Ed25519";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AsymmetricKeyParameter privateKey;

	private final AsymmetricKeyParameter publicKey;

	private final String algorithm;

	private final String id;

	private CheckpointKey(AsymmetricKeyParameter privateKey) {
		this(privateKey, publicOf(privateKey));
	}

	private CheckpointKey(AsymmetricKeyParameter privateKey, AsymmetricKeyParameter publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		if (publicKey instanceof Ed25519PublicKeyParameters) {
			this.algorithm = ED25519;
		}
		else if (publicKey instanceof ECPublicKeyParameters ec && ec.getParameters() instanceof ECNamedDomainParameters
				named && GMObjectIdentifiers.sm2p256v1.equals(named.getName())) {
			this.algorithm = SM2;
		}
		else {
			throw new IllegalArgumentException("a checkpoint key must be an SM2 or an Ed25519 key");
		}
		this.id = HexFormat.of().formatHex(sha256(publicKeyInfo()), 0, 8);
	}

	private static AsymmetricKeyParameter publicOf(AsymmetricKeyParameter privateKey) {
		if (privateKey instanceof Ed25519PrivateKeyParameters ed) {
			return ed.generatePublicKey();
		}
		if (privateKey instanceof ECPrivateKeyParameters ec) {
			return new ECPublicKeyParameters(ec.getParameters().getG().multiply(ec.getD()).normalize(),
					ec.getParameters());
		}
		return privateKey;
	}

	/** A new key: SM2 for a chain hashed with SM3, Ed25519 for one hashed with SHA-256. */
	static CheckpointKey generate(String chainAlgorithm) {
		if (AuditHashing.SM3.equals(chainAlgorithm)) {
			ECKeyPairGenerator generator = new ECKeyPairGenerator();
			var curve = GMNamedCurves.getByOID(GMObjectIdentifiers.sm2p256v1);
			generator.init(new ECKeyGenerationParameters(
					new ECNamedDomainParameters(GMObjectIdentifiers.sm2p256v1, curve), RANDOM));
			AsymmetricCipherKeyPair pair = generator.generateKeyPair();
			return new CheckpointKey(pair.getPrivate());
		}
		return new CheckpointKey(new Ed25519PrivateKeyParameters(RANDOM));
	}

	/** The key in a PKCS#8 DER encoding; refuses anything but SM2 and Ed25519. */
	static CheckpointKey fromPkcs8(byte[] der) {
		try {
			return new CheckpointKey(PrivateKeyFactory.createKey(der));
		}
		catch (IOException | RuntimeException unreadable) {
			throw new IllegalArgumentException("not a PKCS#8 SM2 or Ed25519 private key", unreadable);
		}
	}

	/**
	 * A key that only checks signatures: the public key as an X.509 SubjectPublicKeyInfo (DER), e.g. a published
	 * key whose private part the hall does not hold.
	 */
	static CheckpointKey publicOnly(byte[] publicKeyInfo) {
		try {
			return new CheckpointKey(null, PublicKeyFactory.createKey(publicKeyInfo));
		}
		catch (IOException | RuntimeException unreadable) {
			throw new IllegalArgumentException("not an SM2 or Ed25519 public key", unreadable);
		}
	}

	byte[] pkcs8() {
		try {
			return PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code SM2} or {@code Ed25519}. */
	String algorithm() {
		return algorithm;
	}

	/** The first 8 bytes of SHA-256 over the public key's DER encoding, in hex: names the key in every checkpoint. */
	String id() {
		return id;
	}

	String publicKeyPem() {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(publicKeyInfo())
				+ "\n-----END PUBLIC KEY-----\n";
	}

	/** The signature of {@code text} (UTF-8), in base64. */
	String sign(String text) {
		if (privateKey == null) {
			throw new IllegalStateException("key " + id + " only checks signatures");
		}
		Signer signer = signer();
		signer.init(true, algorithm.equals(SM2) ? new ParametersWithRandom(privateKey, RANDOM) : privateKey);
		byte[] message = text.getBytes(StandardCharsets.UTF_8);
		signer.update(message, 0, message.length);
		try {
			return Base64.getEncoder().encodeToString(signer.generateSignature());
		}
		catch (org.bouncycastle.crypto.CryptoException e) {
			throw new IllegalStateException("cannot sign a checkpoint", e);
		}
	}

	/** Whether {@code signature} (base64) is this key's signature of {@code text}. */
	boolean verifies(String text, String signature) {
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
		Signer verifier = signer();
		verifier.init(false, publicKey);
		byte[] message = text.getBytes(StandardCharsets.UTF_8);
		verifier.update(message, 0, message.length);
		try {
			return verifier.verifySignature(raw);
		}
		catch (RuntimeException malformedSignature) {
			return false;
		}
	}

	private Signer signer() {
		return algorithm.equals(SM2) ? new SM2Signer() : new Ed25519Signer();
	}

	private byte[] publicKeyInfo() {
		try {
			return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey).getEncoded();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] sha256(byte[] input) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(input);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
