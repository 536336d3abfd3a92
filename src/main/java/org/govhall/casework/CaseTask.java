package org.govhall.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task of a department's staff (待办): one step of one branch.
 *
 * @param id the task
 * @param step {@code intake}, {@code review} or {@code decision}
 * @param caseNumber the case
 * @param title what was applied for
 * @param branch the branch
 * @param itemName the branch's item
 * @param department the department
 * @param applicantName the applicant (and company, when acting for one)
 * @param assignee who claimed it, if anybody
 * @param createdAt since when it waits
 * @param dueOn the branch's last day
 * @param escalated whether the branch passed its deadline and was escalated to the head
 */
public record CaseTask(String id, String step, String caseNumber, String title, long branch, String itemName,
		String department, String applicantName, String assignee, Instant createdAt, LocalDate dueOn,
		boolean escalated) {
}
