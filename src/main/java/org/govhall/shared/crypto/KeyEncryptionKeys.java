package org.govhall.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the hall's key-encryption key: the configured one (base64 of 32 bytes), or, for a demo hall only, one
 * generated on the first start and kept in {@code <data-dir>/secrets/hall.key} (readable by its owner alone).
 * Under the {@code prod} profile a missing key stops the start: a key on the application's own disk protects
 * nothing against a copy of that disk.
 */
final class KeyEncryptionKeys {

	private static final Logger log = LoggerFactory.getLogger(KeyEncryptionKeys.class);

	static final String FILE = "secrets/hall.key";

	private KeyEncryptionKeys() {
	}

	static byte[] load(String configured, Path dataDir, boolean production) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured.strip(), "govhall.secrets.key (GOVHALL_SECRETS_KEY)");
		}
		if (production) {
			throw new IllegalStateException("govhall.secrets.key is not set: under the prod profile the hall needs its"
					+ " key-encryption key from the environment (GOVHALL_SECRETS_KEY, base64 of 32 random bytes,"
					+ " e.g. `openssl rand -base64 32`, kept in your secret store)");
		}
		Path file = dataDir.resolve(FILE);
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot keep the demo key-encryption key in " + file, e);
		}
	}

	private static void create(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		try {
			if (posix) {
				Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
				Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
			}
			else {
				Files.createFile(file);
			}
		}
		catch (FileAlreadyExistsException anotherNodeWasFaster) {
			return;
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
				StandardOpenOption.TRUNCATE_EXISTING);
		log.warn("Generated a key-encryption key for secrets at rest in {} (demo only: set GOVHALL_SECRETS_KEY in"
				+ " production, where the prod profile requires it)", file);
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.replaceAll("\\s", "").replace('-', '+').replace('_', '/'));
		}
		catch (IllegalArgumentException bad) {
			throw new IllegalStateException(source + " is not base64");
		}
		if (key.length != 32) {
			throw new IllegalStateException(source + " must be the base64 of 32 bytes (AES-256), not " + key.length);
		}
		return key;
	}
}
