package org.govhall.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case (办件) in a list.
 *
 * @param number the case number (办件编号)
 * @param title what was applied for
 * @param status where it stands
 * @param kind a private person or a company
 * @param applicantName the person who applied
 * @param companyName the company, when acting for one
 * @param submittedAt when it was submitted
 * @param dueOn the latest last day of its open branches' promised limits, if known
 * @param finishedAt when it was finished
 */
public record CaseSummary(String number, String title, CaseStatus status, ApplicantKind kind, String applicantName,
		String companyName, Instant submittedAt, LocalDate dueOn, Instant finishedAt) {
}
