package org.govhall.rating;

import java.time.Instant;

/**
 * Event: a case was rated (评价), once per case.
 *
 * @param caseNumber the case
 * @param item the item's implementation code
 * @param department the lead department
 * @param stars 1 to 5
 * @param channel where the rating was given
 * @param followUpOpened whether the rating opened a follow-up (1 or 2 stars)
 * @param ratedAt when
 */
public record RatingGiven(String caseNumber, String item, String department, int stars, Channel channel,
		boolean followUpOpened, Instant ratedAt) {
}
