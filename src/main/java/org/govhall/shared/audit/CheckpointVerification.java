package org.govhall.shared.audit;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of checking the checkpoints kept outside the database against the audit chain (ADR 0012).
 *
 * @param location the checkpoint folder, or the name of a copy that was checked
 * @param checkpoints how many checkpoints were read
 * @param newest the newest checkpoint whose signature holds (the one naming the latest entry), or {@code null}
 * @param findings every problem and notice; the checkpoints are intact when none is {@link Problem#fatal() fatal}
 */
public record CheckpointVerification(String location, long checkpoints, ChainCheckpoint newest,
		List<Finding> findings) {

	@JsonProperty("intact")
	public boolean intact() {
		return findings.stream().noneMatch(Finding::fatal);
	}

	/** What was found; {@link #fatal()} tells a sign of tampering from a notice for the operator. */
	public enum Problem {
		/** this node's checkpoint file, which it wrote to since it started, is gone */
		NO_FILE(true),
		/** this node's file no longer holds the checkpoint this node wrote last: it was replaced or cut */
		CUT(true),
		/** the folder or a file cannot be read */
		UNREADABLE(true),
		/** a complete line that is not a valid checkpoint: it was altered */
		MALFORMED(true),
		/** a checkpoint signed by a key other than the hall's checkpoint key */
		UNKNOWN_KEY(true),
		/** the signature does not match: the checkpoint was altered or forged */
		BAD_SIGNATURE(true),
		/** the checkpoint does not follow the one before it in its node's file: a checkpoint was removed */
		BROKEN_LINK(true),
		/** the chain no longer holds the entry a checkpoint names, or holds it with another hash */
		DIVERGED(true),
		/** the chain ends before the entry the newest checkpoint names: its newest entries were deleted */
		TRUNCATED(true),
		/** a line cut short by a crash while it was written; nothing else writes to the file */
		TORN(false),
		/** this node could not write its newest checkpoint (the log says why) */
		WRITE_FAILED(false),
		/** no checkpoint written yet (the first is written at start and when the chain grows) */
		NONE_YET(false);

		private final boolean fatal;

		Problem(boolean fatal) {
			this.fatal = fatal;
		}

		public boolean fatal() {
			return fatal;
		}
	}

	/**
	 * @param problem what was found
	 * @param file the file (or copy) it was found in
	 * @param line the line, from 1 (0: the whole file)
	 * @param seq the entry of the chain concerned (0: none)
	 * @param count how many: checkpoints of the kind in the file (DIVERGED, UNKNOWN_KEY), entries deleted
	 *        (TRUNCATED)
	 * @param detail the checkpoint's time, or the key that signed it (UNKNOWN_KEY); may be empty
	 */
	public record Finding(Problem problem, String file, long line, long seq, long count, String detail) {

		/** A sign of tampering, not a notice. */
		@JsonProperty("fatal")
		public boolean fatal() {
			return problem.fatal();
		}
	}
}
