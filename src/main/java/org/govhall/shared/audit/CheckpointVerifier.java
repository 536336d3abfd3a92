package org.govhall.shared.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.govhall.shared.audit.CheckpointVerification.Finding;
import org.govhall.shared.audit.CheckpointVerification.Problem;

/**
 * Checks checkpoint files (or copies of them) against the audit chain. Each node's checkpoints are a hash chain,
 * so one valid signature on a node's newest checkpoint vouches for every checkpoint before it that links up to
 * it: a file is first read checking every link and only the signatures where a link breaks and at the end. If
 * one of those signatures fails, the file is read again checking every signature, to name each altered line.
 * Every checkpoint's entry is looked up in the chain. Feed it the files, then ask for the result with the chain's
 * head as read <em>after</em> the files, so that no checkpoint can be newer than the head it is compared with.
 */
final class CheckpointVerifier {

	/** The hashes of the chain's entries with these sequence numbers (absent ones are left out). */
	interface ChainHashes {
		Map<Long, String> of(List<Long> seqs);
	}

	/** The lines of a file or copy; may be opened twice. */
	interface Lines {
		Stream<String> open() throws IOException;
	}

	private static final int BATCH = 1_000;

	private final CheckpointKey key;

	private final ChainHashes chain;

	private final List<Finding> findings = new ArrayList<>();

	private final List<Located> gone = new ArrayList<>();

	private final Map<String, Diverged> diverged = new HashMap<>();

	private long checkpoints;

	private Located newest;

	private ChainCheckpoint newestCheckpoint;

	CheckpointVerifier(CheckpointKey key, ChainHashes chain) {
		this.key = key;
		this.chain = chain;
	}

	/**
	 * Checks one file or copy; {@code expected} is the checkpoint this node wrote last (its own file), or
	 * {@code null}.
	 */
	void check(String name, Lines lines, ChainCheckpoint expected) throws IOException {
		Pass pass = read(name, lines, false, expected);
		if (pass == null) {
			pass = read(name, lines, true, expected);
		}
		findings.addAll(pass.findings);
		pass.diverged.forEach(d -> diverged.merge(name, d, Diverged::plus));
		gone.addAll(pass.gone);
		checkpoints += pass.count;
		if (pass.newest != null && (newest == null || pass.newest.seq > newest.seq)) {
			newest = pass.newest;
			newestCheckpoint = pass.newestCheckpoint;
		}
	}

	void report(Finding finding) {
		findings.add(finding);
	}

	CheckpointVerification result(String location, long head) {
		List<Finding> all = new ArrayList<>(findings);
		gone.stream().filter(g -> g.seq <= head).forEach(g -> diverged.merge(g.file, new Diverged(g, 1), Diverged::plus));
		diverged.values().forEach(d -> all.add(new Finding(Problem.DIVERGED, d.first.file, d.first.line,
				d.first.seq, d.count, d.first.at.toString())));
		if (newest != null && newest.seq > head) {
			all.add(new Finding(Problem.TRUNCATED, newest.file, newest.line, newest.seq, newest.seq - head,
					newest.at.toString()));
		}
		if (checkpoints == 0 && head > 0 && all.isEmpty()) {
			all.add(new Finding(Problem.NONE_YET, location, 0, 0, 0, ""));
		}
		return new CheckpointVerification(location, checkpoints, newestCheckpoint, List.copyOf(all));
	}

	/** One reading of a file; {@code null} when a signature failed in a reading that does not check them all. */
	private Pass read(String name, Lines lines, boolean everySignature, ChainCheckpoint expected) throws IOException {
		Pass pass = new Pass(name);
		Map<String, Node> nodes = new HashMap<>();
		String expectedSignature = expected == null ? null : expected.signature();
		boolean expectedFound = expected == null;
		try (Stream<String> stream = lines.open()) {
			Iterator<String> it = stream.iterator();
			long number = 0;
			while (it.hasNext()) {
				number++;
				CheckpointLine line = CheckpointLine.read(it.next());
				switch (line.kind()) {
					case BLANK -> {
						continue;
					}
					case TORN, MALFORMED -> {
						pass.finding(line.kind() == CheckpointLine.Kind.TORN ? Problem.TORN : Problem.MALFORMED,
								number, 0, 0, "");
						continue;
					}
					case CHECKPOINT -> {
					}
				}
				ChainCheckpoint c = line.checkpoint();
				if (!c.key().equals(key.id())) {
					pass.unknownKey(number, c);
					continue;
				}
				Node node = nodes.computeIfAbsent(c.node(), n -> new Node());
				boolean follows = c.previous().equals(node.expectedPrevious(c.algorithm()));
				if (everySignature) {
					if (!signed(c)) {
						pass.finding(Problem.BAD_SIGNATURE, number, c.seq(), 0, c.at().toString());
						node.afterBad = true;
						continue;
					}
					if (!follows && !node.afterBad) {
						pass.finding(Problem.BROKEN_LINK, number, c.seq(), 0, c.at().toString());
					}
				}
				else if (!follows) {
					if ((node.last != null && !signed(node.last)) || !signed(c)) {
						return null;
					}
					pass.finding(Problem.BROKEN_LINK, number, c.seq(), 0, c.at().toString());
				}
				node.last = c;
				node.afterBad = false;
				expectedFound |= c.signature().equals(expectedSignature);
				pass.accept(c, number);
			}
		}
		if (!everySignature && nodes.values().stream().anyMatch(n -> n.last != null && !signed(n.last))) {
			return null;
		}
		pass.finish();
		if (!expectedFound) {
			pass.finding(Problem.CUT, 0, expected.seq(), 0, expected.at().toString());
		}
		return pass;
	}

	private boolean signed(ChainCheckpoint c) {
		return key.verifies(c.signedText(), c.signature());
	}

	/** Where a checkpoint was read, and what of it a finding names. */
	private record Located(String file, long line, long seq, java.time.Instant at) {
	}

	private record Diverged(Located first, long count) {

		Diverged plus(Diverged other) {
			return new Diverged(first.line <= other.first.line ? first : other.first, count + other.count);
		}
	}

	private static final class Node {

		ChainCheckpoint last;

		boolean afterBad;

		String expectedPrevious(String algorithm) {
			return last == null ? AuditEntry.GENESIS : last.link(algorithm);
		}
	}

	/** What one reading of one file found. */
	private final class Pass {

		final String file;

		final List<Finding> findings = new ArrayList<>();

		final List<Diverged> diverged = new ArrayList<>();

		final List<Located> gone = new ArrayList<>();

		final List<ChainCheckpoint> batch = new ArrayList<>();

		final List<Long> batchLines = new ArrayList<>();

		long count;

		Located newest;

		ChainCheckpoint newestCheckpoint;

		Located firstUnknownKey;

		String unknownKeyId;

		long unknownKeys;

		Pass(String file) {
			this.file = file;
		}

		void finding(Problem problem, long line, long seq, long count, String detail) {
			findings.add(new Finding(problem, file, line, seq, count, detail));
		}

		/** Checkpoints under a foreign key are reported once per file, at the first, with their number. */
		void unknownKey(long line, ChainCheckpoint c) {
			if (unknownKeys++ == 0) {
				firstUnknownKey = new Located(file, line, c.seq(), c.at());
				unknownKeyId = c.key();
			}
		}

		void accept(ChainCheckpoint c, long line) {
			count++;
			if (newest == null || c.seq() > newest.seq) {
				newest = new Located(file, line, c.seq(), c.at());
				newestCheckpoint = c;
			}
			batch.add(c);
			batchLines.add(line);
			if (batch.size() == BATCH) {
				flush();
			}
		}

		void finish() {
			flush();
			if (unknownKeys > 0) {
				findings.add(new Finding(Problem.UNKNOWN_KEY, file, firstUnknownKey.line, firstUnknownKey.seq,
						unknownKeys, unknownKeyId));
			}
		}

		private void flush() {
			if (batch.isEmpty()) {
				return;
			}
			Map<Long, String> hashes = chain.of(batch.stream().map(ChainCheckpoint::seq).distinct().toList());
			for (int i = 0; i < batch.size(); i++) {
				ChainCheckpoint c = batch.get(i);
				String hash = hashes.get(c.seq());
				Located located = new Located(file, batchLines.get(i), c.seq(), c.at());
				if (hash == null) {
					gone.add(located);
				}
				else if (!hash.equals(c.hash())) {
					diverged.add(new Diverged(located, 1));
				}
			}
			batch.clear();
			batchLines.clear();
		}
	}
}
