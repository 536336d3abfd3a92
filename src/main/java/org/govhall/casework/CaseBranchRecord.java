package org.govhall.casework;

import java.time.LocalDate;

/**
 * One branch of a case as supervision and statistics read it (办件台账): no applicant's personal data, only the
 * facts of the work — which department holds which item, since when, under which limits, how far its clock has run
 * and how it ended.
 *
 * @param branch the branch's identifier, stable for the life of the case
 * @param caseNumber the case
 * @param stage the branch's stage, from 1
 * @param item the item's implementation code
 * @param itemName the item's name
 * @param department the department handling it
 * @param bundle the bundle, if the case is one
 * @param division the administrative division the case belongs to (GB/T 2260)
 * @param applicantKind a private person or a company
 * @param channel {@code ONLINE} or {@code WINDOW}
 * @param submittedOn the day the case was submitted
 * @param startedOn the day the branch's clock started, if it has
 * @param status where the branch stands
 * @param promisedLimit the promised limit in working days (承诺时限)
 * @param legalLimit the legal limit in working days (法定时限)
 * @param extension working days added by approved extensions
 * @param dueOn the last day of the promised limit, unknown while paused or not started
 * @param legalDueOn the last day of the legal limit
 * @param paused whether the branch's clock is paused (corrections, special procedures)
 * @param usedWorkingDays working days counted so far (at the end, for a closed branch)
 * @param correctionsAsked how many times corrections were asked (at most once)
 * @param closedOn the day the branch was decided or stopped, if it was
 * @param holder the staff member holding its open task, if one claimed it
 */
public record CaseBranchRecord(long branch, String caseNumber, int stage, String item, String itemName,
		String department, String bundle, String division, ApplicantKind applicantKind, String channel,
		LocalDate submittedOn, LocalDate startedOn, BranchStatus status, int promisedLimit, int legalLimit,
		int extension, LocalDate dueOn, LocalDate legalDueOn, boolean paused, int usedWorkingDays,
		int correctionsAsked, LocalDate closedOn, String holder) {

	/** Whether the branch was decided against the applicant (不予批准 or 不予受理). */
	public boolean refused() {
		return status == BranchStatus.REFUSED || status == BranchStatus.NOT_ACCEPTED;
	}

	/** Whether a closed branch was decided within its promised limit (with extensions). */
	public boolean onTime() {
		return usedWorkingDays <= promisedLimit + extension;
	}
}
