package org.govhall.shared.audit;

import java.util.List;

/**
 * The result of checking the audit chain and the journals sealed into it.
 *
 * @param checkedEntries how many entries were read
 * @param lastSeq the sequence number of the last entry read
 * @param findings every problem found in the chain, in chain order; empty when the chain is intact
 * @param journals the result for each sealed journal (e.g. the exchange's access log)
 */
public record AuditVerification(long checkedEntries, long lastSeq, List<Finding> findings,
		List<JournalVerification> journals) {

	public AuditVerification(long checkedEntries, long lastSeq, List<Finding> findings) {
		this(checkedEntries, lastSeq, findings, List.of());
	}

	public boolean intact() {
		return findings.isEmpty() && journals.stream().allMatch(JournalVerification::intact);
	}

	AuditVerification withJournals(List<JournalVerification> results) {
		return new AuditVerification(checkedEntries, lastSeq, findings, List.copyOf(results));
	}

	/** What is wrong at one place of the chain. */
	public enum Problem {
		/** the entry's content does not match its hash */
		ALTERED,
		/** the entry does not link to the entry before it */
		BROKEN_LINK,
		/** entries are missing before this sequence number */
		MISSING
	}

	/**
	 * @param seq where in the chain
	 * @param problem what is wrong
	 * @param count how many entries (for {@link Problem#MISSING})
	 */
	public record Finding(long seq, Problem problem, long count) {
	}
}
