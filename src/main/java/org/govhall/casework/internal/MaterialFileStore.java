package org.govhall.casework.internal;

import java.util.Optional;

/**
 * Where the bytes of uploaded materials live, by their SHA-256: {@code database} keeps them in the material's row
 * (the default, {@link #inDatabase()}), {@code data-folder} in files under the hall's data folder
 * ({@link DataFolderFiles}); {@code govhall.casework.file-store} chooses. The row always keeps the name, type, size
 * and digest, so a file read back is checked against the digest it was stored with.
 */
public interface MaterialFileStore {

	/** The bytes in the material's row. */
	MaterialFileStore DATABASE = new MaterialFileStore() {

		@Override
		public String kind() {
			return "DATABASE";
		}

		@Override
		public void put(String sha256, byte[] content) {
			throw new UnsupportedOperationException("the bytes are written with the row");
		}

		@Override
		public Optional<byte[]> get(String sha256) {
			throw new UnsupportedOperationException("the bytes are read with the row");
		}
	};

	/** The store {@code govhall.casework.file-store} names. */
	static MaterialFileStore named(String name, DataFolderFiles folder) {
		return switch (name == null ? "" : name.strip()) {
			case "database" -> DATABASE;
			case "data-folder" -> folder;
			default -> throw new IllegalStateException("govhall.casework.file-store must be database or data-folder, not "
					+ name);
		};
	}

	/** {@code DATABASE} or {@code DATA_FOLDER}: what the material's row records as where its bytes are. */
	String kind();

	/** Whether the bytes stay in the row; then {@link #put} and {@link #get} are not used. */
	default boolean inDatabase() {
		return "DATABASE".equals(kind());
	}

	/** Keeps the bytes under their digest (the same bytes twice are kept once). */
	void put(String sha256, byte[] content);

	/** The bytes kept under the digest, checked against it; empty when they are gone. */
	Optional<byte[]> get(String sha256);
}
