package org.govhall.rating;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The follow-up (整改) of a bad rating: the department's contact and rectification, and the applicant's verdict.
 *
 * @param caseNumber the case rated badly
 * @param department the department owing it
 * @param stars the rating's stars
 * @param openedOn when the rating was given
 * @param dueOn the last working day to answer
 * @param contactNote how the department contacted the applicant, once answered
 * @param rectification what was put right, once answered
 * @param answeredBy who answered
 * @param answeredAt when
 * @param escalated whether it was escalated to the supervisors
 * @param verdict the applicant's verdict ({@code SATISFIED}, {@code UNSATISFIED}), if given
 */
public record FollowUp(String caseNumber, String department, int stars, LocalDate openedOn, LocalDate dueOn,
		String contactNote, String rectification, String answeredBy, Instant answeredAt, boolean escalated,
		String verdict) {

	@JsonProperty
	public boolean answered() {
		return answeredAt != null;
	}

	/** OPEN, ESCALATED, ANSWERED or CLOSED (judged by the applicant). */
	@JsonProperty
	public String state() {
		return verdict != null ? "CLOSED" : answered() ? "ANSWERED" : escalated ? "ESCALATED" : "OPEN";
	}
}
