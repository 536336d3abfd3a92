package org.govhall.shared.audit;

import java.util.List;

/**
 * The result of checking one sealed journal against its seals.
 *
 * @param journal the journal's message key, e.g. {@code exchange.accessLog}
 * @param blocks how many sealed blocks were recomputed
 * @param entries how many entries they hold
 * @param unsealed entries written since the last seal (sealed within seconds)
 * @param findings every problem found; empty when the journal is intact
 */
public record JournalVerification(String journal, long blocks, long entries, long unsealed, List<Finding> findings) {

	public boolean intact() {
		return findings.isEmpty();
	}

	/** What is wrong with one block. */
	public enum Problem {
		/** the block's entries no longer give the sealed digest: an entry was altered, added or removed */
		ALTERED,
		/** the seal does not match the audit entry that anchors it, or that entry is missing */
		UNANCHORED,
		/** the block does not start where the block before it ended */
		GAP
	}

	/**
	 * @param block the block number
	 * @param problem what is wrong
	 */
	public record Finding(long block, Problem problem) {
	}
}
