package org.govhall.shared.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Small fixtures for the checkpoint tests: a chain of real entries in memory, and checkpoints of its head. */
final class CheckpointFixtures {

	private CheckpointFixtures() {
	}

	/** An audit chain held in memory, hashed as the trail hashes it. */
	static final class Chain implements CheckpointVerifier.ChainHashes {

		final List<AuditEntry> entries = new ArrayList<>();

		Chain grow(int count) {
			for (int i = 0; i < count; i++) {
				long seq = entries.size() + 1;
				String previous = entries.isEmpty() ? AuditEntry.GENESIS : head().hash();
				AuditEntry e = new AuditEntry(seq, Instant.parse("2026-11-30T01:00:00Z").plusSeconds(seq), "tester",
						null, "test.step", "thing", String.valueOf(seq), null, AuditOutcome.SUCCESS, Map.of(), null,
						AuditHashing.SM3, previous, null);
				entries.add(withHash(e));
			}
			return this;
		}

		AuditEntry head() {
			return entries.get(entries.size() - 1);
		}

		long headSeq() {
			return entries.isEmpty() ? 0 : head().seq();
		}

		/** Deletes the newest entries, as someone holding the database could with the trigger off. */
		void deleteNewest(int count) {
			entries.subList(entries.size() - count, entries.size()).clear();
		}

		/** Replaces entry {@code seq} by another one with a fresh hash. */
		void rewrite(long seq) {
			AuditEntry e = entries.get((int) seq - 1);
			entries.set((int) seq - 1, withHash(new AuditEntry(e.seq(), e.occurredAt(), "mallory", null, e.action(),
					e.objectType(), e.objectId(), e.purpose(), e.outcome(), e.details(), e.clientAddress(),
					e.algorithm(), e.previousHash(), null)));
		}

		private static AuditEntry withHash(AuditEntry e) {
			return new AuditEntry(e.seq(), e.occurredAt(), e.actor(), e.actingFor(), e.action(), e.objectType(),
					e.objectId(), e.purpose(), e.outcome(), e.details(), e.clientAddress(), e.algorithm(),
					e.previousHash(), AuditHashing.hash(e));
		}

		@Override
		public Map<Long, String> of(List<Long> seqs) {
			Map<Long, String> hashes = new HashMap<>();
			for (AuditEntry e : entries) {
				if (seqs.contains(e.seq())) {
					hashes.put(e.seq(), e.hash());
				}
			}
			return hashes;
		}
	}

	/** The checkpoint of {@code chain}'s head that {@code node} writes after {@code previous}. */
	static Function<Optional<ChainCheckpoint>, ChainCheckpoint> headOf(Chain chain, CheckpointKey key, String node) {
		AuditEntry head = chain.head();
		return previous -> ChainCheckpoint.sign(key, node, head.seq(), head.hash(), head.algorithm(),
				Instant.parse("2026-11-30T02:00:00Z").plusSeconds(head.seq()),
				previous.map(p -> p.link(head.algorithm())).orElse(AuditEntry.GENESIS));
	}
}
