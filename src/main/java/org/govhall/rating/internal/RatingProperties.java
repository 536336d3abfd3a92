package org.govhall.rating.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ratings ({@code govhall.rating.*}).
 *
 * @param followUpWorkingDays working days a department has to answer a bad rating, counted from the day after it
 * @param linkValidFor how long the rating link of the text message may be used
 * @param sweepBatch follow-ups escalated per transaction by the sweep
 * @param publicUrl the hall's address as the applicant reaches it, for the link in the text message
 */
@ConfigurationProperties("govhall.rating")
public record RatingProperties(@DefaultValue("5") int followUpWorkingDays, @DefaultValue("P30D") Duration linkValidFor,
		@DefaultValue("200") int sweepBatch, @DefaultValue("http://localhost:8080") String publicUrl) {

	public RatingProperties {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}
}
