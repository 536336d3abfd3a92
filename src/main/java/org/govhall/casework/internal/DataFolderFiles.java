package org.govhall.casework.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Materials' bytes as files under {@code <data-dir>/files/}, content-addressed: {@code ab/cd/<sha256>}, never by
 * the uploaded name. A file is written to a temporary name and moved into place atomically before the row that
 * names it commits, so a crash leaves at most a file nobody names, never a row without its file; read back, it is
 * checked against its digest, so a file altered on disk is refused rather than served.
 */
public final class DataFolderFiles implements MaterialFileStore {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

	private final Path root;

	public DataFolderFiles(Path root) {
		this.root = root;
	}

	@Override
	public String kind() {
		return "DATA_FOLDER";
	}

	@Override
	public void put(String sha256, byte[] content) {
		Path target = path(sha256);
		if (Files.exists(target)) {
			return;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The material file " + sha256 + " could not be kept", e);
		}
	}

	@Override
	public Optional<byte[]> get(String sha256) {
		Path file = path(sha256);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			byte[] content = Files.readAllBytes(file);
			if (!MaterialFiles.sha256(content).equals(sha256)) {
				throw new IllegalStateException("The material file " + file + " does not match its digest");
			}
			return Optional.of(content);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The material file " + sha256 + " could not be read", e);
		}
	}

	private Path path(String sha256) {
		if (sha256 == null || !DIGEST.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a SHA-256 digest: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
