package org.govhall.casework;

import java.time.Instant;

/**
 * A request to extend a branch's limit (延长办理时限), asked by the staff handling it and decided by the department's
 * head: approved, its working days are added to the branch's clock and the applicant is told the new due date.
 *
 * @param id the request
 * @param caseNumber the case
 * @param title what was applied for
 * @param branch the branch
 * @param itemName the branch's item
 * @param department the department
 * @param workingDays how many working days to add (at most 10, as 《行政许可法》第四十二条 allows)
 * @param reason why
 * @param requestedBy who asked
 * @param requestedAt when
 * @param status pending, approved or denied
 * @param decidedBy the head who decided
 * @param decidedAt when
 * @param decisionNote the head's note
 */
public record Extension(long id, String caseNumber, String title, long branch, String itemName, String department,
		int workingDays, String reason, String requestedBy, Instant requestedAt, Status status, String decidedBy,
		Instant decidedAt, String decisionNote) {

	public enum Status {
		PENDING, APPROVED, DENIED
	}
}
