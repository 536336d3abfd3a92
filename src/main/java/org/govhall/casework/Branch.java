package org.govhall.casework;

import java.time.LocalDate;

/**
 * One branch of a case as the applicant and staff see it: which department holds which item, and its clock.
 *
 * @param id the branch
 * @param stage the stage, from 1
 * @param item the item's implementation code
 * @param itemName the item's name
 * @param department the department handling it
 * @param status where it stands
 * @param promisedLimit the promised limit in working days (承诺时限)
 * @param legalLimit the legal limit in working days (法定时限)
 * @param dueOn the last day of the promised limit, empty while paused or not yet started
 * @param legalDueOn the last day of the legal limit
 * @param remainingWorkingDays working days left of the promised limit (negative: overdue), null when not running
 * @param paused whether its clock is paused (corrections, or a special procedure)
 * @param specialProcedure the special procedure running on it (特别程序, its time not counted), if one runs
 * @param extension working days added by approved extensions
 * @param decisionReason the reason given with a refusal or non-acceptance
 * @param legalBasis the legal basis given with it
 */
public record Branch(long id, int stage, String item, String itemName, String department, BranchStatus status,
		int promisedLimit, int legalLimit, LocalDate dueOn, LocalDate legalDueOn, Integer remainingWorkingDays,
		boolean paused, String specialProcedure, int extension, String decisionReason, String legalBasis) {
}
