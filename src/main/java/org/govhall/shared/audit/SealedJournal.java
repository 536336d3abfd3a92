package org.govhall.shared.audit;

/**
 * A module's high-volume journal (e.g. the data exchange's access log) whose entries are written where they
 * happen and sealed in blocks into the audit trail: each block's digest is recorded as an audit entry, so the
 * hash chain vouches for the journal too. Verifying the audit trail verifies every journal.
 */
public interface SealedJournal {

	/** Recomputes every sealed block and compares it with its seal and with the audit entry that anchors it. */
	JournalVerification verify();
}
