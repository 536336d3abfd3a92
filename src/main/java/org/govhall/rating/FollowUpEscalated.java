package org.govhall.rating;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Event: the department did not answer a bad rating's follow-up (整改) by its last day; it is escalated to the
 * supervisors. Once per follow-up.
 *
 * @param caseNumber the case rated badly
 * @param department the department that owed the answer
 * @param dueOn the last day it had
 * @param escalatedAt when
 */
public record FollowUpEscalated(String caseNumber, String department, LocalDate dueOn, Instant escalatedAt) {
}
