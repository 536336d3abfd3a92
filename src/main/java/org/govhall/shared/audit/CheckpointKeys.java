package org.govhall.shared.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;

import org.govhall.shared.crypto.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key that signs checkpoints: the configured one ({@code govhall.audit.checkpoint.key}), or the key
 * file. A key file holds a PEM (or base64) PKCS#8 key an operator put there, or the key the hall generated on its
 * first start, sealed under the hall's key-encryption key (ADR 0008) so that a copy of the disk alone does not
 * yield it. Nodes that share the data folder share the generated key.
 */
final class CheckpointKeys {

	private static final Logger log = LoggerFactory.getLogger(CheckpointKeys.class);

	static final String FILE = "secrets/audit-checkpoint.key";

	/** The context a generated key is sealed for. */
	static final String CONTEXT = "audit-checkpoint-key";

	private CheckpointKeys() {
	}

	static CheckpointKey load(String configured, Path file, SecretBox box, String chainAlgorithm) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured, "govhall.audit.checkpoint.key (GOVHALL_AUDIT_CHECKPOINT_KEY)");
		}
		try {
			if (!Files.exists(file)) {
				create(file, box, chainAlgorithm);
			}
			String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
			return decode(SecretBox.isSealed(stored) ? box.open(stored, CONTEXT) : stored, file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot keep the audit checkpoint key in " + file, e);
		}
	}

	private static void create(Path file, SecretBox box, String chainAlgorithm) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		CheckpointKey key = CheckpointKey.generate(chainAlgorithm);
		Path draft = folder.resolve(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
		if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(draft, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(draft);
		}
		try {
			Files.writeString(draft, box.seal(Base64.getEncoder().encodeToString(key.pkcs8()), CONTEXT) + "\n",
					StandardCharsets.US_ASCII);
			publish(draft, file);
			log.info("Generated the audit checkpoint key ({} {}) in {}, sealed under the hall's key-encryption key",
					key.algorithm(), key.id(), file);
		}
		catch (FileAlreadyExistsException anotherNodeWasFaster) {
			// its key is the one
		}
		finally {
			Files.deleteIfExists(draft);
		}
	}

	/** Puts the draft in place unless another node was faster: a hard link cannot replace an existing file. */
	private static void publish(Path draft, Path file) throws IOException {
		try {
			Files.createLink(file, draft);
		}
		catch (UnsupportedOperationException | java.nio.file.FileSystemException noHardLinks) {
			if (noHardLinks instanceof FileAlreadyExistsException exists) {
				throw exists;
			}
			Files.move(draft, file); // refuses an existing file too, with a narrow race
		}
	}

	private static CheckpointKey decode(String text, String source) {
		byte[] der;
		try {
			der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").strip());
		}
		catch (IllegalArgumentException notBase64) {
			throw new IllegalStateException(source + " is not a PEM or base64 PKCS#8 key");
		}
		try {
			return CheckpointKey.fromPkcs8(der);
		}
		catch (IllegalArgumentException wrongKind) {
			throw new IllegalStateException(source + ": " + wrongKind.getMessage());
		}
	}
}
