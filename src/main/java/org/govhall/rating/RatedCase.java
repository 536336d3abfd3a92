package org.govhall.rating;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A finished case open for rating, with its rating and follow-up once there are.
 *
 * @param caseNumber the case
 * @param item the item's implementation code
 * @param itemName the item's name
 * @param department the lead department's code
 * @param departmentName its name
 * @param outcome how the case ended ({@code APPROVED}, …)
 * @param finishedAt when
 * @param rating the rating, or null while there is none
 * @param followUp the follow-up of a bad rating, or null
 */
public record RatedCase(String caseNumber, String item, String itemName, String department, String departmentName,
		String outcome, Instant finishedAt, Rating rating, FollowUp followUp) {

	@JsonProperty
	public boolean rated() {
		return rating != null;
	}
}
