package org.govhall.rating.internal;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govhall.rating.Channel;
import org.govhall.rating.GiveRating;
import org.govhall.rating.RatingGiven;
import org.govhall.rating.RatingTag;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.web.ProblemException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a rating, whoever gives it and wherever: the stars, tags and comment checked, once per case (a second
 * attempt is a 409 conflict), a follow-up opened for a bad rating (1–2 stars) with its last day in working days, the
 * step audited and {@link RatingGiven} published. Who may rate is the caller's check.
 */
@Component
public class RatingRecorder {

	/** The longest comment. */
	public static final int COMMENT_LENGTH = 500;

	private final RatingStore store;

	private final WorkingDays workingDays;

	private final RatingProperties properties;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final GovHallProperties hall;

	private final InstantSource clock;

	RatingRecorder(RatingStore store, WorkingDays workingDays, RatingProperties properties, AuditTrail audit,
			ApplicationEventPublisher events, GovHallProperties hall, InstantSource clock) {
		this.store = store;
		this.workingDays = workingDays;
		this.properties = properties;
		this.audit = audit;
		this.events = events;
		this.hall = hall;
		this.clock = clock;
	}

	@Transactional
	public void record(RatingStore.CaseRow c, GiveRating rating, Channel channel, String by) {
		List<RatingTag> tags = checked(rating);
		String comment = rating.comment() == null || rating.comment().isBlank() ? null : rating.comment().strip();
		Instant now = clock.instant();
		LocalDate today = now.atZone(hall.zone()).toLocalDate();
		if (!store.rate(c.number(), rating.stars(), tags, comment, channel, by, now, today)) {
			throw ProblemException.conflict("rating.alreadyRated", c.number());
		}
		boolean bad = rating.stars() <= 2;
		AuditEvent event = AuditEvent.of("rating.rated").on("case", c.number()).by(by).detail("stars", rating.stars())
			.detail("channel", channel.name());
		if (bad) {
			LocalDate due = workingDays.calendar().addWorkingDays(today, properties.followUpWorkingDays());
			store.openFollowUp(c.number(), c.department(), rating.stars(), today, due);
			event = event.detail("followUpDueOn", due.toString());
		}
		audit.record(event);
		events.publishEvent(new RatingGiven(c.number(), c.item(), c.department(), rating.stars(), channel, bad, now));
	}

	/** The tags, if the stars are 1 to 5, each tag fits them and the comment is not too long. */
	static List<RatingTag> checked(GiveRating rating) {
		if (rating.stars() < 1 || rating.stars() > 5) {
			throw ProblemException.invalid("stars", "rating.stars.range");
		}
		if (rating.comment() != null && rating.comment().strip().length() > COMMENT_LENGTH) {
			throw ProblemException.invalid("comment", "rating.comment.tooLong", COMMENT_LENGTH);
		}
		List<RatingTag> tags = new ArrayList<>();
		for (String name : rating.tags()) {
			RatingTag tag = RatingTag.of(name).filter(t -> t.fits(rating.stars()))
				.orElseThrow(() -> ProblemException.invalid("tags", "rating.tags.unfit", name));
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		return tags;
	}
}
