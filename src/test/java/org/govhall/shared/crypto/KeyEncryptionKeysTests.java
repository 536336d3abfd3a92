package org.govhall.shared.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The key-encryption key comes from the configuration; a demo hall without one generates it once under its data
 * directory, readable by its owner alone; a production hall without one does not start.
 */
class KeyEncryptionKeysTests {

	@TempDir
	Path dataDir;

	@Test
	void a_configured_key_is_used_as_it_is() {
		byte[] key = SecretBoxTests.key(7);
		assertThat(KeyEncryptionKeys.load(Base64.getEncoder().encodeToString(key), dataDir, true)).isEqualTo(key);
		assertThat(Files.exists(dataDir.resolve(KeyEncryptionKeys.FILE))).isFalse();
	}

	@Test
	void a_demo_hall_without_a_key_generates_one_for_its_owner_only_and_keeps_it() throws Exception {
		byte[] first = KeyEncryptionKeys.load("", dataDir, false);
		Path file = dataDir.resolve(KeyEncryptionKeys.FILE);
		assertThat(first).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(KeyEncryptionKeys.load(null, dataDir, false)).as("the next start uses the same key")
			.isEqualTo(first);
	}

	@Test
	void a_production_hall_without_a_key_refuses_to_start() {
		assertThatThrownBy(() -> KeyEncryptionKeys.load(" ", dataDir, true)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("GOVHALL_SECRETS_KEY");
		assertThat(Files.exists(dataDir.resolve(KeyEncryptionKeys.FILE))).isFalse();
	}

	@Test
	void a_key_of_the_wrong_size_or_not_base64_is_refused() {
		assertThatThrownBy(() -> KeyEncryptionKeys.load(Base64.getEncoder().encodeToString(new byte[16]), dataDir,
				false)).isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> KeyEncryptionKeys.load("not*base64!", dataDir, false))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
	}
}
