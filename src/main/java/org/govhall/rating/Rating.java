package org.govhall.rating;

import java.time.Instant;
import java.util.List;

/**
 * A rating (评价) as its applicant and the department read it.
 *
 * @param caseNumber the case
 * @param stars 1 to 5
 * @param tags its tags
 * @param comment the comment as written, if any
 * @param channel where it was given
 * @param ratedAt when
 * @param commentStatus the comment's moderation ({@code PENDING}, {@code PUBLISHED}, {@code REJECTED}), if any
 */
public record Rating(String caseNumber, int stars, List<RatingTag> tags, String comment, Channel channel,
		Instant ratedAt, String commentStatus) {
}
