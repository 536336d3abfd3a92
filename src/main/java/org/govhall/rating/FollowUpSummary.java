package org.govhall.rating;

import java.time.LocalDate;

/**
 * A follow-up (整改) still owed, as supervision watches it: no personal data.
 *
 * @param caseNumber the case rated badly
 * @param department the department owing the follow-up
 * @param stars the rating's stars (1 or 2)
 * @param dueOn the last working day to answer
 * @param escalated whether it was escalated to the supervisors for lack of an answer
 */
public record FollowUpSummary(String caseNumber, String department, int stars, LocalDate dueOn, boolean escalated) {
}
