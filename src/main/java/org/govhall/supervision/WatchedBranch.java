package org.govhall.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open branch on the supervisors' board: which department and which person hold it, and how its clock stands.
 *
 * @param branch casework's branch
 * @param caseNumber the case
 * @param item the item's implementation code
 * @param itemName the item's name
 * @param department the department holding it
 * @param holder the staff member who claimed its task, if one did
 * @param dueOn the last day of its promised limit
 * @param remainingWorkingDays working days left after today (negative: overdue by that many)
 * @param level its warning level
 * @param levelSince when it reached that level
 */
public record WatchedBranch(long branch, String caseNumber, String item, String itemName, String department,
		String holder, LocalDate dueOn, int remainingWorkingDays, WarningLevel level, Instant levelSince) {
}
