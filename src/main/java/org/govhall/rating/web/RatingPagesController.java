package org.govhall.rating.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.govhall.rating.FollowUps;
import org.govhall.rating.GiveRating;
import org.govhall.rating.Moderation;
import org.govhall.rating.PublishedRatings;
import org.govhall.rating.RatingTag;
import org.govhall.rating.Ratings;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rating pages: the applicant's rating of a case (and their verdict on its follow-up), the same form behind the
 * signed link of the text message, the public figures and comments; for staff the department's follow-ups with the
 * counter rating, one follow-up with its answer, and the supervisors' moderation queue.
 */
@Controller
class RatingPagesController {

	private final Ratings ratings;

	private final FollowUps followUps;

	private final Moderation moderation;

	private final PublishedRatings published;

	private final Clock clock;

	private final PageFeedback feedback;

	RatingPagesController(Ratings ratings, FollowUps followUps, Moderation moderation, PublishedRatings published,
			PageFeedback feedback, Clock clock) {
		this.ratings = ratings;
		this.followUps = followUps;
		this.moderation = moderation;
		this.published = published;
		this.clock = clock;
		this.feedback = feedback;
	}

	@Bean
	static NavigationEntry ratingNavigation() {
		return new NavigationEntry("nav.ratings", "nav.ratings.description", "/workbench/ratings", Set.of(), 45);
	}

	@GetMapping("/my/ratings")
	String mineList(Model model) {
		model.addAttribute("cases", ratings.mine());
		return "rating/my-ratings";
	}

	@GetMapping("/my/ratings/{number}")
	String mine(@PathVariable String number, Model model) {
		form(model, "/my/ratings/" + number);
		model.addAttribute("rated", ratings.mine(number));
		model.addAttribute("byLink", false);
		return "rating/rate";
	}

	/** The rating form as posted: no star chosen is 0, refused as out of range. */
	record RatingForm(Integer stars, List<String> tags, String comment) {

		GiveRating rating() {
			return new GiveRating(stars == null ? 0 : stars, tags, comment);
		}
	}

	@PostMapping("/my/ratings/{number}")
	String rate(@PathVariable String number, RatingForm form, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> ratings.rate(number, form.rating()))) {
			feedback.done(redirect, "rating.rate.done");
		}
		return "redirect:/my/ratings/" + number;
	}

	@PostMapping("/my/ratings/{number}/verdict")
	String verdict(@PathVariable String number, @RequestParam boolean satisfied, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> ratings.judge(number, satisfied))) {
			feedback.done(redirect, "rating.verdict.done");
		}
		return "redirect:/my/ratings/" + number;
	}

	@GetMapping("/ratings/r/{token}")
	String link(@PathVariable String token, Model model) {
		form(model, "/ratings/r/" + token);
		model.addAttribute("rated", ratings.byLink(token));
		model.addAttribute("byLink", true);
		return "rating/rate";
	}

	@PostMapping("/ratings/r/{token}")
	String rateByLink(@PathVariable String token, RatingForm form, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> ratings.rateByLink(token, form.rating()))) {
			feedback.done(redirect, "rating.rate.done");
			return "redirect:/ratings";
		}
		return "redirect:/ratings/r/" + token;
	}

	@GetMapping("/ratings")
	String publicPage(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			Model model) {
		Period p = Period.of(from, to, clock);
		model.addAttribute("from", p.from());
		model.addAttribute("to", p.to());
		model.addAttribute("departments", published.byDepartment(p.from(), p.to()));
		model.addAttribute("items", published.byItem(p.from(), p.to()));
		model.addAttribute("comments", published.comments(30));
		return "rating/public";
	}

	@GetMapping("/workbench/ratings")
	@StaffOnly
	String followUps(@RequestParam(defaultValue = "false") boolean escalated, Model model) {
		model.addAttribute("escalated", escalated);
		model.addAttribute("followUps", followUps.list(escalated));
		model.addAttribute("clerk", StaffMember.signedIn().hasRole(StaffRole.WINDOW_CLERK));
		model.addAttribute("supervisor", StaffMember.signedIn().hasRole(StaffRole.SUPERVISOR));
		form(model, "/workbench/ratings/counter");
		return "rating/follow-ups";
	}

	@PostMapping("/workbench/ratings/counter")
	@StaffOnly(StaffRole.WINDOW_CLERK)
	String counter(@RequestParam(defaultValue = "") String caseNumber, RatingForm form, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> ratings.recordAtCounter(caseNumber.strip(), form.rating()))) {
			feedback.done(redirect, "rating.counter.done", caseNumber.strip());
		}
		return "redirect:/workbench/ratings";
	}

	@GetMapping("/workbench/ratings/moderation")
	@StaffOnly(StaffRole.SUPERVISOR)
	String queue(Model model) {
		model.addAttribute("pending", moderation.queue());
		return "rating/moderation";
	}

	@PostMapping("/workbench/ratings/moderation/{number}")
	@StaffOnly(StaffRole.SUPERVISOR)
	String decide(@PathVariable String number, @RequestParam boolean publish, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> moderation.decide(number, publish))) {
			feedback.done(redirect, publish ? "rating.moderation.published" : "rating.moderation.rejected", number);
		}
		return "redirect:/workbench/ratings/moderation";
	}

	@GetMapping("/workbench/ratings/{number}")
	@StaffOnly
	String followUp(@PathVariable String number, Model model) {
		model.addAttribute("rated", followUps.get(number));
		model.addAttribute("mayAnswer",
				StaffMember.signedIn().hasAnyRole(StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD));
		return "rating/follow-up";
	}

	@PostMapping("/workbench/ratings/{number}/answer")
	@StaffOnly({ StaffRole.REVIEWER, StaffRole.DEPARTMENT_HEAD })
	String answer(@PathVariable String number, @RequestParam(defaultValue = "") String contactNote,
			@RequestParam(defaultValue = "") String rectification, RedirectAttributes redirect) {
		if (feedback.attempt(redirect, () -> followUps.answer(number, contactNote, rectification))) {
			feedback.done(redirect, "rating.followUp.done");
		}
		return "redirect:/workbench/ratings/" + number;
	}

	private static void form(Model model, String action) {
		model.addAttribute("action", action);
		model.addAttribute("praiseTags", RatingTag.ofPolarity(true));
		model.addAttribute("complaintTags", RatingTag.ofPolarity(false));
	}
}
