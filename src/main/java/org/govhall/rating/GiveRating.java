package org.govhall.rating;

import java.util.List;

/**
 * Command: rate a finished case (评价).
 *
 * @param stars 1 to 5
 * @param tags tags of {@link RatingTag} that fit the stars
 * @param comment an optional comment, at most 500 characters
 */
public record GiveRating(int stars, List<String> tags, String comment) {

	public GiveRating {
		tags = tags == null ? List.of() : List.copyOf(tags);
	}
}
