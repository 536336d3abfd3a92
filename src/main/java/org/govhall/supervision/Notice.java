package org.govhall.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision notice (督办通知): a supervisor asks a department to act — on a case or in general — and the
 * department answers within a number of working days; unanswered by then, it is escalated.
 *
 * @param id the notice
 * @param number its number, {@code DB} + year + sequence
 * @param department the department it is addressed to
 * @param caseNumber the case it is about, if one
 * @param subject what it is about
 * @param body what the department is asked to do
 * @param issuedBy the supervisor
 * @param issuedAt when
 * @param answerDueOn the last working day for the answer
 * @param answer the department's answer, once given
 * @param answeredBy who answered
 * @param answeredAt when
 * @param escalatedAt when it was escalated for want of an answer
 */
public record Notice(UUID id, String number, String department, String caseNumber, String subject, String body,
		String issuedBy, Instant issuedAt, LocalDate answerDueOn, String answer, String answeredBy,
		Instant answeredAt, Instant escalatedAt) {

	public boolean answered() {
		return answeredAt != null;
	}

	public boolean escalated() {
		return escalatedAt != null;
	}

	/** Answered after its due day (the answer is kept, the lateness shown). */
	public boolean answeredLate(java.time.ZoneId zone) {
		return answeredAt != null && answeredAt.atZone(zone).toLocalDate().isAfter(answerDueOn);
	}
}
