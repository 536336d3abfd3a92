package org.govhall.rating;

/**
 * Satisfaction (满意度) of one department, item or month: how many ratings, their average, how many good (4–5 stars)
 * and how many bad (1–2 stars).
 *
 * @param key the department's code, the item's implementation code or the month ({@code 2026-11})
 * @param ratings the number of ratings
 * @param average the average of their stars (0 without ratings)
 * @param good ratings of 4 or 5 stars
 * @param bad ratings of 1 or 2 stars
 */
public record Satisfaction(String key, long ratings, double average, long good, long bad) {

	/** The share of good ratings, 0 to 1. */
	public double goodShare() {
		return ratings == 0 ? 0 : (double) good / ratings;
	}

	/** The share of bad ratings, 0 to 1. */
	public double badShare() {
		return ratings == 0 ? 0 : (double) bad / ratings;
	}
}
