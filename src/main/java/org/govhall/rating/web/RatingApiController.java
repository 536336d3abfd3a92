package org.govhall.rating.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govhall.rating.FollowUp;
import org.govhall.rating.FollowUps;
import org.govhall.rating.GiveRating;
import org.govhall.rating.Moderation;
import org.govhall.rating.PublishedRatings;
import org.govhall.rating.RatedCase;
import org.govhall.rating.RatingTag;
import org.govhall.rating.Ratings;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ratings over the API (好差评): the applicant rates a finished case once and judges the follow-up; a window clerk
 * records a counter rating; the department answers its follow-ups; supervisors moderate comments; everybody reads
 * the published figures and comments.
 */
@RestController
@RequestMapping("/api/v1/ratings")
@Tag(name = "Ratings")
class RatingApiController {

	private final Ratings ratings;

	private final FollowUps followUps;

	private final Moderation moderation;

	private final PublishedRatings published;

	private final Clock clock;

	RatingApiController(Ratings ratings, FollowUps followUps, Moderation moderation, PublishedRatings published,
			Clock clock) {
		this.ratings = ratings;
		this.followUps = followUps;
		this.moderation = moderation;
		this.published = published;
		this.clock = clock;
	}

	/** The applicant's verdict on a rectification. */
	record Verdict(boolean satisfied) {
	}

	/** The department's answer to a follow-up. */
	record Answer(String contactNote, String rectification) {
	}

	/** A moderator's decision on a comment. */
	record Decision(boolean publish) {
	}

	/** A tag with its polarity. */
	record TagCode(String code, boolean praise) {
	}

	@GetMapping("/tags")
	@Operation(summary = "The tags a rating may carry (praise fits 3–5 stars, complaint 1–3)")
	List<TagCode> tags() {
		return Arrays.stream(RatingTag.values()).map(t -> new TagCode(t.name(), t.praise())).toList();
	}

	@GetMapping("/cases")
	@Operation(summary = "My finished cases open for rating, with their ratings and follow-ups (citizens)")
	List<RatedCase> mine() {
		return ratings.mine();
	}

	@GetMapping("/cases/{number}")
	@Operation(summary = "One of my finished cases with its rating and follow-up (citizens; 404 for another's)")
	RatedCase mine(@PathVariable String number) {
		return ratings.mine(number);
	}

	@PostMapping("/cases/{number}")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Rate my finished case, once (409 the second time)")
	RatedCase rate(@PathVariable String number, @RequestBody GiveRating rating) {
		return ratings.rate(number, rating);
	}

	@PostMapping("/cases/{number}/verdict")
	@Operation(summary = "Say whether the department's rectification put it right (满意/不满意)")
	RatedCase verdict(@PathVariable String number, @RequestBody Verdict verdict) {
		return ratings.judge(number, verdict.satisfied());
	}

	@PostMapping("/cases/{number}/counter")
	@ResponseStatus(HttpStatus.CREATED)
	@StaffOnly(StaffRole.WINDOW_CLERK)
	@Operation(summary = "Record the rating an applicant gave at the counter (window clerks of the case's department)")
	RatedCase counter(@PathVariable String number, @RequestBody GiveRating rating) {
		return ratings.recordAtCounter(number, rating);
	}

	@GetMapping("/follow-ups")
	@StaffOnly
	@Operation(summary = "My department's follow-ups of bad ratings (supervisors: every department's)")
	List<FollowUp> followUps(@RequestParam(defaultValue = "false") boolean escalated) {
		return followUps.list(escalated);
	}

	@GetMapping("/follow-ups/{number}")
	@StaffOnly
	@Operation(summary = "One follow-up with its case and rating (403 for another department's)")
	RatedCase followUp(@PathVariable String number) {
		return followUps.get(number);
	}

	@PostMapping("/follow-ups/{number}/answer")
	@StaffOnly({ StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD })
	@Operation(summary = "Record the contact with the applicant and the rectification (reviewers and heads)")
	RatedCase answer(@PathVariable String number, @RequestBody Answer answer) {
		return followUps.answer(number, answer.contactNote(), answer.rectification());
	}

	@GetMapping("/moderation")
	@StaffOnly(StaffRole.SUPERVISOR)
	@Operation(summary = "Comments awaiting moderation, with the masked text to publish (supervisors)")
	List<Moderation.PendingComment> queue() {
		return moderation.queue();
	}

	@PostMapping("/moderation/{number}")
	@StaffOnly(StaffRole.SUPERVISOR)
	@Operation(summary = "Publish a comment, masked, or reject it (supervisors)")
	Map<String, Object> decide(@PathVariable String number, @RequestBody Decision decision) {
		moderation.decide(number, decision.publish());
		return Map.of("caseNumber", number, "published", decision.publish());
	}

	@GetMapping("/published")
	@Operation(summary = "Published figures per department and item, and published comments (no personal data)")
	Map<String, Object> published(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		Period p = Period.of(from, to, clock);
		return Map.of("from", p.from(), "to", p.to(), "departments", published.byDepartment(p.from(), p.to()), "items",
				published.byItem(p.from(), p.to()), "comments", published.comments(50));
	}
}
