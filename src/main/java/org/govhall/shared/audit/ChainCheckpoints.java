package org.govhall.shared.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.CheckpointVerification.Finding;
import org.govhall.shared.audit.CheckpointVerification.Problem;
import org.govhall.shared.crypto.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Checkpoints (检查点) of the audit chain's head, kept outside the database so that deleting the newest entries is
 * detected (ADR 0012). Each node appends signed checkpoints to its own file, {@code <node>.jsonl} in the
 * checkpoint folder, and writes each as one line to the log ({@code govhall.audit.checkpoint}) for log shipping:
 * at start, every {@code govhall.audit.checkpoint.interval} when the chain has grown, at shutdown, and when an
 * administrator asks. Verifying the audit trail checks every file of the folder; a copy (from log shipping, say)
 * can be checked too.
 */
@Service
public class ChainCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(ChainCheckpoints.class);

	/** Every checkpoint as one line, for log shipping to carry off the machine. */
	private static final Logger shipped = LoggerFactory.getLogger("govhall.audit.checkpoint");

	private static final String MARK = "{\"v\":";

	private final AuditLog chain;

	private final CheckpointKey key;

	private final Path directory;

	private final String node;

	private final Clock clock;

	private final CheckpointFile file;

	private volatile ChainCheckpoint lastWritten;

	private volatile Instant lastFailure;

	@Autowired
	ChainCheckpoints(AuditLog chain, GovHallProperties hall, CheckpointProperties properties, SecretBox box,
			Clock clock) {
		this(chain, CheckpointKeys.load(properties.key(),
				properties.keyFile() != null ? properties.keyFile() : hall.dataDir().resolve(CheckpointKeys.FILE), box,
				hall.audit().hashAlgorithm()),
				properties.directory() != null ? properties.directory() : hall.dataDir().resolve("audit/checkpoints"),
				nodeName(properties.node()), clock);
	}

	ChainCheckpoints(AuditLog chain, CheckpointKey key, Path directory, String node, Clock clock) {
		this.chain = chain;
		this.key = key;
		this.directory = directory;
		this.node = node;
		this.clock = clock;
		this.file = new CheckpointFile(directory.resolve(node + ".jsonl"));
		log.info("Audit checkpoints of node {} go to {}, signed with {} key {}; its public key, for whoever checks"
				+ " them: {}", node, file.path(), key.algorithm(), key.id(),
				key.publicKeyPem().replaceAll("-----[A-Z ]+-----|\\s", ""));
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		writeIfGrown();
	}

	@Scheduled(initialDelayString = "${govhall.audit.checkpoint.interval:1m}",
			fixedDelayString = "${govhall.audit.checkpoint.interval:1m}")
	void regularly() {
		writeIfGrown();
	}

	@PreDestroy
	void atShutdown() {
		writeIfGrown();
	}

	/** Writes a checkpoint of the chain's head now; empty while the chain has no entry. */
	public Optional<ChainCheckpoint> checkpoint() {
		Optional<AuditLog.Head> head = chain.head();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		try {
			AuditLog.Head h = head.get();
			ChainCheckpoint written = file.append(key, previous -> ChainCheckpoint.sign(key, node, h.seq(), h.hash(),
					h.algorithm(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
					previous.map(p -> p.link(h.algorithm())).orElse(AuditEntry.GENESIS)));
			lastWritten = written;
			lastFailure = null;
			shipped.info("audit-checkpoint {}", CheckpointLine.write(written));
			return Optional.of(written);
		}
		catch (IOException e) {
			lastFailure = clock.instant();
			throw new UncheckedIOException("cannot write an audit checkpoint to " + file.path(), e);
		}
	}

	/** The public key that checks this hall's checkpoints. */
	public CheckpointPublicKey publicKey() {
		return new CheckpointPublicKey(key.algorithm(), key.id(), key.publicKeyPem());
	}

	/** Where this node writes its checkpoints. */
	public Path file() {
		return file.path();
	}

	/**
	 * Checks a copy of checkpoint lines against the chain, e.g. gathered from log shipping: each line holds a
	 * checkpoint's JSON object, on its own or after a log line's prefix; other lines are passed over.
	 */
	public CheckpointVerification verifyCopy(String name, String text) {
		CheckpointVerifier verifier = new CheckpointVerifier(key, chain::hashes);
		try {
			verifier.check(name, () -> text.lines().map(ChainCheckpoints::checkpointPart), null);
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return verifier.result(name, chain.head().map(AuditLog.Head::seq).orElse(0L));
	}

	/** Reads every checkpoint file of the folder; the caller compares the result with the head read afterwards. */
	CheckpointVerifier readFolder() {
		ChainCheckpoint expected = lastWritten;
		Instant failure = lastFailure;
		String own = file.path().getFileName().toString();
		CheckpointVerifier verifier = new CheckpointVerifier(key, chain::hashes);
		List<Path> files = List.of();
		if (Files.isDirectory(directory)) {
			try (Stream<Path> listed = Files.list(directory)) {
				files = listed.filter(p -> p.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(p))
					.sorted()
					.toList();
			}
			catch (IOException | UncheckedIOException e) {
				verifier.report(new Finding(Problem.UNREADABLE, directory.toString(), 0, 0, 0, ""));
			}
		}
		for (Path path : files) {
			String name = path.getFileName().toString();
			try {
				verifier.check(name, () -> lines(path), name.equals(own) ? expected : null);
			}
			catch (IOException | UncheckedIOException e) {
				verifier.report(new Finding(Problem.UNREADABLE, name, 0, 0, 0, ""));
			}
		}
		if (expected != null && files.stream().noneMatch(p -> p.getFileName().toString().equals(own))) {
			verifier.report(new Finding(Problem.NO_FILE, own, 0, expected.seq(), 0, expected.at().toString()));
		}
		if (failure != null) {
			verifier.report(new Finding(Problem.WRITE_FAILED, own, 0, 0, 0, failure.toString()));
		}
		return verifier;
	}

	String location() {
		return directory.toString();
	}

	private void writeIfGrown() {
		try {
			ChainCheckpoint last = lastWritten;
			Optional<AuditLog.Head> head = chain.head();
			if (head.isPresent() && (last == null || last.seq() != head.get().seq())) {
				checkpoint();
			}
		}
		catch (RuntimeException e) {
			lastFailure = clock.instant();
			log.error("Could not write an audit checkpoint to {}", file.path(), e);
		}
	}

	private static Stream<String> lines(Path path) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
				StandardCharsets.UTF_8));
		return reader.lines().onClose(() -> {
			try {
				reader.close();
			}
			catch (IOException ignored) {
				// read-only
			}
		});
	}

	private static String checkpointPart(String line) {
		int start = line.indexOf(MARK);
		return start < 0 ? "" : line.substring(start);
	}

	static String nodeName(String configured) {
		if (configured != null && !configured.isBlank()) {
			if (!ChainCheckpoint.isNodeName(configured.strip())) {
				throw new IllegalStateException("govhall.audit.checkpoint.node must be 1 to 64 letters, digits, '.',"
						+ " '_' or '-', not " + configured);
			}
			return configured.strip();
		}
		String host = System.getenv("HOSTNAME");
		if (host == null || host.isBlank()) {
			try {
				host = InetAddress.getLocalHost().getHostName();
			}
			catch (IOException unknown) {
				host = "node";
			}
		}
		String name = host.replaceAll("[^A-Za-z0-9._-]", "-");
		return name.substring(0, Math.min(name.length(), 64));
	}
}
