package org.govhall.shared.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;

import org.govhall.shared.crypto.SecretBox;
import org.govhall.shared.crypto.SecretBoxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The checkpoint key is kept outside the database: configured, or in a key file, sealed when the hall made it. */
class AuditCheckpointKeysTests {

	@TempDir
	Path dataDir;

	final SecretBox box = new SecretBox(filled(7));

	@Test
	void a_hall_without_a_key_makes_one_seals_it_in_its_file_and_uses_the_same_one_at_every_start() throws Exception {
		Path file = dataDir.resolve(CheckpointKeys.FILE);
		CheckpointKey first = CheckpointKeys.load(null, file, box, AuditHashing.SM3);
		CheckpointKey again = CheckpointKeys.load("", file, box, AuditHashing.SM3);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(first.algorithm()).isEqualTo(CheckpointKey.SM2);
		String stored = Files.readString(file);
		assertThat(SecretBox.isSealed(stored)).isTrue();
		assertThat(stored).doesNotContain(Base64.getEncoder().encodeToString(first.pkcs8()));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.list(file.getParent())).containsExactly(file);
	}

	@Test
	void a_generated_key_does_not_open_under_another_key_encryption_key() {
		Path file = dataDir.resolve(CheckpointKeys.FILE);
		CheckpointKeys.load(null, file, box, AuditHashing.SHA_256);
		assertThatThrownBy(() -> CheckpointKeys.load(null, file, new SecretBox(filled(8)), AuditHashing.SHA_256))
			.isInstanceOf(SecretBoxException.class);
	}

	@Test
	void an_operator_s_pem_key_file_and_a_configured_key_are_used_as_they_are() throws Exception {
		CheckpointKey operators = CheckpointKey.generate(AuditHashing.SHA_256);
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(operators.pkcs8())
				+ "\n-----END PRIVATE KEY-----\n";
		Path file = dataDir.resolve("mounted/checkpoint.pem");
		Files.createDirectories(file.getParent());
		Files.writeString(file, pem, StandardCharsets.US_ASCII);
		assertThat(CheckpointKeys.load(null, file, box, AuditHashing.SM3).id()).isEqualTo(operators.id());

		CheckpointKey configured = CheckpointKey.generate(AuditHashing.SM3);
		assertThat(CheckpointKeys.load(Base64.getEncoder().encodeToString(configured.pkcs8()), file, box,
				AuditHashing.SM3).id()).isEqualTo(configured.id());
	}

	@Test
	void a_configured_value_that_is_no_key_stops_the_start_naming_the_setting() {
		assertThatThrownBy(() -> CheckpointKeys.load("not a key!", dataDir.resolve("k"), box, AuditHashing.SM3))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("GOVHALL_AUDIT_CHECKPOINT_KEY");
		assertThatThrownBy(() -> CheckpointKeys.load("AAAA", dataDir.resolve("k"), box, AuditHashing.SM3))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("GOVHALL_AUDIT_CHECKPOINT_KEY");
	}

	@Test
	void a_node_is_named_by_its_host_unless_configured_and_a_bad_name_is_refused() {
		assertThat(ChainCheckpoints.nodeName("hall-2")).isEqualTo("hall-2");
		assertThat(ChainCheckpoint.isNodeName(ChainCheckpoints.nodeName(null))).isTrue();
		assertThatThrownBy(() -> ChainCheckpoints.nodeName("hall 2")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("govhall.audit.checkpoint.node");
	}

	private static byte[] filled(int value) {
		byte[] key = new byte[32];
		Arrays.fill(key, (byte) value);
		return key;
	}
}
