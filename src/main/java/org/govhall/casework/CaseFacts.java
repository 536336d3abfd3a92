package org.govhall.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What every case event tells its listeners (licences, supervision, ratings): the case, the item and department
 * concerned, who applied, and the clock at that moment.
 *
 * @param caseNumber the case
 * @param item the implementation code of the item concerned (the branch's; the case's for a single item)
 * @param bundle the bundle, if the case is one
 * @param department the department concerned (the branch's), if one
 * @param applicantKind a private person or a company
 * @param applicantAccount the applicant's person account
 * @param creditCode the company's credit code when acting for one
 * @param occurredAt when
 * @param dueOn the branch's last day of the promised limit, if known
 * @param usedWorkingDays working days counted so far
 * @param limit the promised limit in working days (with extensions)
 * @param paused whether the clock is paused
 */
public record CaseFacts(String caseNumber, String item, String bundle, String department, ApplicantKind applicantKind,
		long applicantAccount, String creditCode, Instant occurredAt, LocalDate dueOn, int usedWorkingDays, int limit,
		boolean paused) {
}
