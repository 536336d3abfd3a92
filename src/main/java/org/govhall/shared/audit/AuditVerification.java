package org.govhall.shared.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of checking the audit chain and the journals sealed into it.
 *
 * @param checkedEntries how many entries were read
 * @param lastSeq the sequence number of the last entry read
 * @param findings every problem found in the chain, in chain order; empty when the chain is intact
 * @param journals the result for each sealed journal (e.g. the exchange's access log)
 * @param checkpoints the result of checking the checkpoints kept outside the database against the chain (ADR 0012);
 *        {@code null} for a walk of the chain alone
 */
public record AuditVerification(long checkedEntries, long lastSeq, List<Finding> findings,
		List<JournalVerification> journals, CheckpointVerification checkpoints) {

	public AuditVerification(long checkedEntries, long lastSeq, List<Finding> findings) {
		this(checkedEntries, lastSeq, findings, List.of(), null);
	}

	/** Nothing altered or removed: in the chain, in any sealed journal, nor found by the checkpoints. */
	@JsonProperty("intact")
	public boolean intact() {
		return findings.isEmpty() && journals.stream().allMatch(JournalVerification::intact)
				&& (checkpoints == null || checkpoints.intact());
	}

	AuditVerification withJournals(List<JournalVerification> results) {
		return new AuditVerification(checkedEntries, lastSeq, findings, List.copyOf(results), checkpoints);
	}

	AuditVerification withCheckpoints(CheckpointVerification result) {
		return new AuditVerification(checkedEntries, lastSeq, findings, journals, result);
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
