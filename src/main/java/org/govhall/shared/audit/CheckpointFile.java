package org.govhall.shared.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A node's checkpoint file: JSON lines, only ever appended to. Each append takes an exclusive lock on the file (so
 * two processes that share a node name and a folder still write whole lines one after the other), reads the newest
 * checkpoint signed with the writer's key to link the new one to it, ends a line cut short by a crash with a line
 * feed (never rewriting it), writes the new line in one call and forces it to disk before answering.
 */
final class CheckpointFile {

	private static final int TAIL = 16 * 1024;

	/** A file lock is held per process: writers of one process take turns on this first. */
	private static final ConcurrentHashMap<Path, Object> WRITERS = new ConcurrentHashMap<>();

	private final Path path;

	CheckpointFile(Path path) {
		this.path = path;
	}

	Path path() {
		return path;
	}

	/**
	 * Appends the checkpoint that {@code next} makes from the newest valid checkpoint of {@code key} in the file
	 * (empty for the first).
	 */
	ChainCheckpoint append(CheckpointKey key, Function<Optional<ChainCheckpoint>, ChainCheckpoint> next)
			throws IOException {
		synchronized (WRITERS.computeIfAbsent(path.toAbsolutePath().normalize(), p -> new Object())) {
			return appendLocked(key, next);
		}
	}

	private ChainCheckpoint appendLocked(CheckpointKey key, Function<Optional<ChainCheckpoint>, ChainCheckpoint> next)
			throws IOException {
		boolean created = !Files.exists(path);
		if (created) {
			Files.createDirectories(path.toAbsolutePath().getParent());
		}
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			long size = channel.size();
			ChainCheckpoint checkpoint = next.apply(newest(channel, size, key));
			String line = CheckpointLine.write(checkpoint) + "\n";
			boolean torn = size > 0 && lastByte(channel, size) != '\n';
			ByteBuffer bytes = ByteBuffer.wrap(((torn ? "\n" : "") + line).getBytes(StandardCharsets.UTF_8));
			long position = size;
			while (bytes.hasRemaining()) {
				position += channel.write(bytes, position);
			}
			channel.force(true);
			if (created) {
				forceDirectory(path.toAbsolutePath().getParent());
			}
			return checkpoint;
		}
	}

	/**
	 * The newest checkpoint in the file signed by {@code key}: read backwards from the end, skipping a torn last
	 * line and any line that is not a checkpoint of this key with a valid signature.
	 */
	private static Optional<ChainCheckpoint> newest(FileChannel channel, long size, CheckpointKey key)
			throws IOException {
		long window = TAIL;
		while (size > 0) {
			long start = Math.max(0, size - window);
			List<String> lines = List.of(new String(read(channel, start, (int) (size - start)), StandardCharsets.UTF_8)
				.split("\n", -1));
			// the last piece follows the last line feed (empty, or torn); the first may begin mid-line
			for (int i = lines.size() - 2; i >= (start == 0 ? 0 : 1); i--) {
				CheckpointLine line = CheckpointLine.read(lines.get(i));
				if (line.kind() == CheckpointLine.Kind.CHECKPOINT && line.checkpoint().key().equals(key.id())
						&& key.verifies(line.checkpoint().signedText(), line.checkpoint().signature())) {
					return Optional.of(line.checkpoint());
				}
			}
			if (start == 0 || window >= Integer.MAX_VALUE / 4) {
				break;
			}
			window *= 4;
		}
		return Optional.empty();
	}

	private static int lastByte(FileChannel channel, long size) throws IOException {
		return read(channel, size - 1, 1)[0];
	}

	private static byte[] read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer bytes = ByteBuffer.allocate(length);
		while (bytes.hasRemaining() && channel.read(bytes, position + bytes.position()) >= 0) {
			// a file channel may read less than asked
		}
		return bytes.array();
	}

	private static void forceDirectory(Path directory) {
		try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
			dir.force(true);
		}
		catch (IOException notSupportedHere) {
			// some file systems cannot force a directory; the file itself is on disk
		}
	}
}
