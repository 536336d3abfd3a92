package org.govhall.shared.audit;

import java.time.Instant;
import java.util.Base64;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a checkpoint signs and how it is written down (ADR 0012). The reference signatures were made with OpenSSL 3
 * ({@code openssl pkeyutl -sign -rawin}, for SM2 with {@code -digest sm3 -pkeyopt distid:1234567812345678}) over
 * the signed text below, and the links with {@code openssl dgst}: an outside party checks checkpoints with the
 * same commands.
 */
class AuditCheckpointSigningTests {

	static final String SM3_OF_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

	static final String OPENSSL_SM2_PUBLIC = "MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAEyZueHwf+nFRinhH0ilMAqVoUzPfR"
			+ "RDmBdNjuH8a7Tg7Eb2dnMzMyfCbWnx8Rc053A+rnhXKtISKw6jvn6eBTag==";

	static final String OPENSSL_SM2_SIGNATURE = "MEUCIQCvhtkRHwWXhow1nVp3WlVSEG/Wbpx9fbY3YwqwTM4bAwIgG7YOq5dP0o1wcCwMTZ6p"
			+ "PY3U9a4uCkJUumgbyL17EP8=";

	static final String OPENSSL_ED25519_PUBLIC = "MCowBQYDK2VwAyEAmoqB25w6qQKP+wNR3wm2y1Y0n0aXQ+9z5P4ahQpW9ZQ=";

	static final String OPENSSL_ED25519_SIGNATURE = "rnXOnvOOmN3LH0PyNBKh1OQkUDSPupp3RoSx0LmZOrG9UQcPn2ZAYk511djXI36xR8q0ek"
			+ "dFRVmrEHKJyweWBg==";

	static final Instant AT = Instant.parse("2026-11-30T08:00:00.123Z");

	@Test
	void the_signed_text_holds_one_field_a_line_in_a_fixed_order() {
		ChainCheckpoint c = new ChainCheckpoint("hall-1", 42, SM3_OF_ABC, AuditHashing.SM3, AT, AuditEntry.GENESIS,
				"f730511742daf22a", CheckpointKey.SM2, OPENSSL_SM2_SIGNATURE);
		assertThat(c.signedText()).isEqualTo("""
				govhall-audit-checkpoint/1
				node=hall-1
				seq=42
				hash=66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0
				algorithm=SM3
				at=2026-11-30T08:00:00.123Z
				previous=0000000000000000000000000000000000000000000000000000000000000000
				key=f730511742daf22a
				signature-algorithm=SM2
				""");
	}

	@Test
	void an_sm2_signature_made_by_openssl_holds_and_names_its_key_by_the_same_id() {
		CheckpointKey published = CheckpointKey.publicOnly(Base64.getDecoder().decode(OPENSSL_SM2_PUBLIC));
		ChainCheckpoint c = new ChainCheckpoint("hall-1", 42, SM3_OF_ABC, AuditHashing.SM3, AT, AuditEntry.GENESIS,
				published.id(), CheckpointKey.SM2, OPENSSL_SM2_SIGNATURE);
		assertThat(published.id()).isEqualTo("f730511742daf22a");
		assertThat(published.algorithm()).isEqualTo(CheckpointKey.SM2);
		assertThat(published.verifies(c.signedText(), c.signature())).isTrue();
		assertThat(published.verifies(c.signedText().replace("seq=42", "seq=41"), c.signature())).isFalse();
		assertThat(c.link(AuditHashing.SM3)).isEqualTo("b658f5d0a3d73b0a708ee97e20575807b0e95a21e473c92944f30bba612f2b7b");
	}

	@Test
	void an_ed25519_signature_made_by_openssl_holds() {
		CheckpointKey published = CheckpointKey.publicOnly(Base64.getDecoder().decode(OPENSSL_ED25519_PUBLIC));
		ChainCheckpoint c = new ChainCheckpoint("hall-1", 42, SM3_OF_ABC, AuditHashing.SHA_256, AT,
				AuditEntry.GENESIS, published.id(), CheckpointKey.ED25519, OPENSSL_ED25519_SIGNATURE);
		assertThat(published.id()).isEqualTo("197301c935f31bad");
		assertThat(published.verifies(c.signedText(), c.signature())).isTrue();
		assertThat(c.link(AuditHashing.SHA_256))
			.isEqualTo("2e97142372fcdc463ede8edec946285889e83062c0611501291f481054172979");
	}

	@ParameterizedTest
	@ValueSource(strings = { AuditHashing.SM3, AuditHashing.SHA_256 })
	void a_generated_key_signs_with_the_algorithm_of_its_chain_and_any_changed_field_breaks_the_signature(
			String chainAlgorithm) {
		CheckpointKey key = CheckpointKey.generate(chainAlgorithm);
		assertThat(key.algorithm())
			.isEqualTo(chainAlgorithm.equals(AuditHashing.SM3) ? CheckpointKey.SM2 : CheckpointKey.ED25519);
		ChainCheckpoint c = ChainCheckpoint.sign(key, "hall-1", 42, SM3_OF_ABC, chainAlgorithm, AT,
				AuditEntry.GENESIS);
		assertThat(key.verifies(c.signedText(), c.signature())).isTrue();
		for (ChainCheckpoint changed : new ChainCheckpoint[] {
				new ChainCheckpoint("hall-2", 42, SM3_OF_ABC, chainAlgorithm, AT, AuditEntry.GENESIS, c.key(),
						c.signatureAlgorithm(), c.signature()),
				new ChainCheckpoint("hall-1", 43, SM3_OF_ABC, chainAlgorithm, AT, AuditEntry.GENESIS, c.key(),
						c.signatureAlgorithm(), c.signature()),
				new ChainCheckpoint("hall-1", 42, SM3_OF_ABC.replace('6', '7'), chainAlgorithm, AT,
						AuditEntry.GENESIS, c.key(), c.signatureAlgorithm(), c.signature()),
				new ChainCheckpoint("hall-1", 42, SM3_OF_ABC, chainAlgorithm, AT.plusMillis(1), AuditEntry.GENESIS,
						c.key(), c.signatureAlgorithm(), c.signature()),
				new ChainCheckpoint("hall-1", 42, SM3_OF_ABC, chainAlgorithm, AT, SM3_OF_ABC, c.key(),
						c.signatureAlgorithm(), c.signature()) }) {
			assertThat(key.verifies(changed.signedText(), changed.signature())).as(changed.toString()).isFalse();
		}
	}

	@Test
	void a_key_read_back_from_its_pkcs8_encoding_is_the_same_key() {
		CheckpointKey key = CheckpointKey.generate(AuditHashing.SM3);
		CheckpointKey again = CheckpointKey.fromPkcs8(key.pkcs8());
		assertThat(again.id()).isEqualTo(key.id());
		assertThat(again.publicKeyPem()).isEqualTo(key.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n");
		assertThat(key.verifies("text", again.sign("text"))).isTrue();
	}

	@Test
	void a_key_of_another_kind_is_refused() throws Exception {
		ECKeyPairGenerator generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(new ECNamedDomainParameters(X9ObjectIdentifiers.prime256v1,
				ECNamedCurveTable.getByOID(X9ObjectIdentifiers.prime256v1)), new java.security.SecureRandom()));
		byte[] p256 = PrivateKeyInfoFactory.createPrivateKeyInfo(generator.generateKeyPair().getPrivate()).getEncoded();
		assertThatThrownBy(() -> CheckpointKey.fromPkcs8(p256)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("SM2 or Ed25519");
		assertThatThrownBy(() -> CheckpointKey.fromPkcs8(new byte[] { 1, 2, 3 }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_key_that_only_checks_cannot_sign() {
		CheckpointKey published = CheckpointKey.publicOnly(Base64.getDecoder().decode(OPENSSL_ED25519_PUBLIC));
		assertThatThrownBy(() -> published.sign("text")).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void a_checkpoint_is_written_as_one_json_line_and_read_back_unchanged() {
		CheckpointKey key = CheckpointKey.generate(AuditHashing.SM3);
		ChainCheckpoint c = ChainCheckpoint.sign(key, "hall-1", 42, SM3_OF_ABC, AuditHashing.SM3, AT,
				AuditEntry.GENESIS);
		String line = CheckpointLine.write(c);
		assertThat(line).doesNotContain("\n").startsWith("{\"v\":1,\"node\":\"hall-1\",\"seq\":42,");
		assertThat(CheckpointLine.read(line)).isEqualTo(new CheckpointLine(CheckpointLine.Kind.CHECKPOINT, c));
	}

	@Test
	void a_line_cut_short_is_torn_and_a_whole_line_that_is_no_checkpoint_is_malformed() {
		CheckpointKey key = CheckpointKey.generate(AuditHashing.SHA_256);
		String line = CheckpointLine.write(ChainCheckpoint.sign(key, "hall-1", 42, SM3_OF_ABC, AuditHashing.SHA_256,
				AT, AuditEntry.GENESIS));
		for (int cut : new int[] { 1, 10, line.length() / 2, line.length() - 1 }) {
			assertThat(CheckpointLine.read(line.substring(0, cut)).kind()).as("cut at %d", cut)
				.isEqualTo(CheckpointLine.Kind.TORN);
		}
		assertThat(CheckpointLine.read(line.replace("\"seq\":42", "\"seq\":\"42\"")).kind())
			.isEqualTo(CheckpointLine.Kind.MALFORMED);
		assertThat(CheckpointLine.read(line.replace("\"node\":\"hall-1\"", "\"node\":\"hall 1\"")).kind())
			.isEqualTo(CheckpointLine.Kind.MALFORMED);
		assertThat(CheckpointLine.read(line.replace("\"v\":1", "\"v\":2")).kind())
			.isEqualTo(CheckpointLine.Kind.MALFORMED);
		assertThat(CheckpointLine.read("[]").kind()).isEqualTo(CheckpointLine.Kind.MALFORMED);
		assertThat(CheckpointLine.read("  ").kind()).isEqualTo(CheckpointLine.Kind.BLANK);
	}

	@Test
	void fields_outside_their_form_are_refused_so_that_the_signed_text_stays_unambiguous() {
		assertThatThrownBy(() -> new ChainCheckpoint("hall-1\nseq=1", 42, SM3_OF_ABC, AuditHashing.SM3, AT,
				AuditEntry.GENESIS, "f730511742daf22a", CheckpointKey.SM2, "x"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node");
		assertThatThrownBy(() -> new ChainCheckpoint("hall-1", 42, SM3_OF_ABC.toUpperCase(), AuditHashing.SM3, AT,
				AuditEntry.GENESIS, "f730511742daf22a", CheckpointKey.SM2, "x"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hash");
		assertThatThrownBy(() -> new ChainCheckpoint("hall-1", 0, SM3_OF_ABC, AuditHashing.SM3, AT,
				AuditEntry.GENESIS, "f730511742daf22a", CheckpointKey.SM2, "x"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seq");
		assertThatThrownBy(() -> new ChainCheckpoint("hall-1", 42, SM3_OF_ABC, "MD5", AT, AuditEntry.GENESIS,
				"f730511742daf22a", CheckpointKey.SM2, "x"))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("algorithm");
	}
}
