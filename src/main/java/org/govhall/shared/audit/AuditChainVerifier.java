package org.govhall.shared.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the audit chain in order and finds every entry whose content no longer matches its hash (altered), whose
 * link does not match the entry before it (an entry removed or replaced), and every gap in the sequence (an
 * entry deleted). Feed it entries in sequence order, then ask for the result.
 */
public final class AuditChainVerifier {

	private final List<AuditVerification.Finding> findings = new ArrayList<>();

	private long checked;

	private long expectedSeq = 1;

	private String expectedPrevious = AuditEntry.GENESIS;

	public void accept(AuditEntry entry) {
		checked++;
		if (entry.seq() != expectedSeq) {
			findings.add(new AuditVerification.Finding(expectedSeq, AuditVerification.Problem.MISSING,
					entry.seq() - expectedSeq));
		}
		if (!entry.previousHash().equals(expectedPrevious)) {
			findings.add(new AuditVerification.Finding(entry.seq(), AuditVerification.Problem.BROKEN_LINK, 1));
		}
		if (!AuditHashing.supports(entry.algorithm()) || !AuditHashing.hash(entry).equals(entry.hash())) {
			findings.add(new AuditVerification.Finding(entry.seq(), AuditVerification.Problem.ALTERED, 1));
		}
		expectedSeq = entry.seq() + 1;
		expectedPrevious = entry.hash();
	}

	public AuditVerification result() {
		return new AuditVerification(checked, expectedSeq - 1, List.copyOf(findings));
	}
}
