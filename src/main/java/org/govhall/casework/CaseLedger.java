package org.govhall.casework;

import java.util.List;

import org.govhall.casework.internal.LedgerStore;

import org.springframework.stereotype.Service;

/**
 * The case ledger (办件台账) for the modules that watch the work rather than do it — supervision and statistics:
 * every branch of every case, the historical ones imported with the demo included, as {@link CaseBranchRecord}s
 * without personal data. Read-only; it answers other modules, not people, so it checks no reader (the pages built
 * on it do).
 */
@Service
public class CaseLedger {

	private final LedgerStore store;

	CaseLedger(LedgerStore store) {
		this.store = store;
	}

	/** The branches of one case, stage by stage; empty for an unknown case. */
	public List<CaseBranchRecord> ofCase(String caseNumber) {
		return store.ofCase(caseNumber);
	}

	/** Up to {@code limit} branches whose identifier is above {@code afterBranch}, in identifier order. */
	public List<CaseBranchRecord> after(long afterBranch, int limit) {
		return store.after(afterBranch, Math.max(1, Math.min(limit, 10_000)));
	}
}
