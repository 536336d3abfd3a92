package org.govhall.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.security.StaffMember;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.security.StaffRole;
import org.govhall.shared.web.NavigationEntry;
import org.govhall.shared.web.PageFeedback;
import org.govhall.rating.RatingFigures;
import org.govhall.supervision.EfficiencyFigure;
import org.govhall.supervision.EfficiencyStatistics;
import org.govhall.supervision.Grouping;
import org.govhall.supervision.IssueNotice;
import org.govhall.supervision.StatisticsQuery;
import org.govhall.supervision.Notices;
import org.govhall.supervision.SupervisionBoard;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision pages: the live board of red and yellow cases with the alerts and a notice form for supervisors
 * (a department's head sees their own department's), the list of notices and one notice with its answer form.
 */
@Controller
@StaffOnly
class SupervisionPagesController {

	private final SupervisionBoard board;

	private final Notices notices;

	private final OrganisationDirectory directory;

	private final PageFeedback feedback;

	private final RatingFigures ratings;

	private final EfficiencyStatistics statistics;

	private final ChartSpecs charts;

	private final Clock clock;

	SupervisionPagesController(SupervisionBoard board, Notices notices, OrganisationDirectory directory,
			PageFeedback feedback, RatingFigures ratings, EfficiencyStatistics statistics, ChartSpecs charts,
			Clock clock) {
		this.ratings = ratings;
		this.statistics = statistics;
		this.charts = charts;
		this.clock = clock;
		this.board = board;
		this.notices = notices;
		this.directory = directory;
		this.feedback = feedback;
	}

	@Bean
	static NavigationEntry supervisionNavigation() {
		return new NavigationEntry("nav.supervision", "nav.supervision.description", "/workbench/supervision",
				Set.of(StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD), 50);
	}

	@Bean
	static NavigationEntry noticesNavigation() {
		return new NavigationEntry("nav.notices", "nav.notices.description", "/workbench/supervision/notices",
				Set.of(), 55);
	}

	@GetMapping("/workbench/supervision")
	@StaffOnly({ StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD })
	String board(@RequestParam(required = false) String caseNumber, @RequestParam(required = false) String department,
			Model model, Locale locale) {
		StaffMember staff = StaffMember.signedIn();
		String own = staff.hasRole(StaffRole.SUPERVISOR) ? null : staff.departmentCode().toUpperCase(Locale.ROOT);
		model.addAttribute("board", board.board());
		model.addAttribute("followUps", ratings.followUpsToWatch().stream()
			.filter(f -> own == null || own.equalsIgnoreCase(f.department())).toList());
		LocalDate today = LocalDate.now(clock);
		List<EfficiencyFigure> weeks = statistics.figures(new StatisticsQuery(today.minusWeeks(12), today, Grouping.WEEK,
				own, null, null));
		model.addAttribute("weeks", weeks);
		model.addAttribute("weeksChart", charts.of(weeks, null, locale, "line", "trend"));
		model.addAttribute("alerts", notices.alerts());
		model.addAttribute("openNotices", notices.list(true, 0));
		model.addAttribute("departments", names(locale));
		model.addAttribute("supervisor", own == null);
		model.addAttribute("noticeCase", caseNumber);
		model.addAttribute("noticeDepartment", department);
		return "supervision/board";
	}

	@PostMapping("/workbench/supervision/notices")
	@StaffOnly(StaffRole.SUPERVISOR)
	String issue(@RequestParam(defaultValue = "") String department, @RequestParam(defaultValue = "") String caseNumber,
			@RequestParam(defaultValue = "") String subject, @RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) Integer answerDays, RedirectAttributes redirect) {
		return feedback.call(redirect, () -> notices.issue(new IssueNotice(department, caseNumber, subject, body,
				answerDays)))
			.map(notice -> {
				feedback.done(redirect, "supervision.notice.issued", notice.number(), notice.answerDueOn());
				return "redirect:/workbench/supervision/notices/" + notice.id();
			})
			.orElse("redirect:/workbench/supervision?department=" + department + "&caseNumber=" + caseNumber
					+ "#notice-form");
	}

	@GetMapping("/workbench/supervision/notices")
	String notices(@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		model.addAttribute("notices", notices.list(open, page));
		model.addAttribute("open", open);
		model.addAttribute("page", page);
		model.addAttribute("departments", names(locale));
		return "supervision/notices";
	}

	@GetMapping("/workbench/supervision/notices/{id}")
	String notice(@PathVariable UUID id, Model model, Locale locale) {
		StaffMember staff = StaffMember.signedIn();
		var notice = notices.get(id);
		model.addAttribute("notice", notice);
		model.addAttribute("departments", names(locale));
		model.addAttribute("mayAnswer", !notice.answered() && staff.worksFor(notice.department())
				&& staff.hasAnyRole(StaffRole.DEPARTMENT_HEAD, StaffRole.REVIEWER));
		return "supervision/notice";
	}

	@PostMapping("/workbench/supervision/notices/{id}/answer")
	@StaffOnly({ StaffRole.DEPARTMENT_HEAD, StaffRole.REVIEWER })
	String answer(@PathVariable UUID id, @RequestParam(defaultValue = "") String answer, RedirectAttributes redirect) {
		feedback.call(redirect, () -> notices.answer(id, answer))
			.ifPresent(n -> feedback.done(redirect, "supervision.notice.answeredDone", n.number()));
		return "redirect:/workbench/supervision/notices/" + id;
	}

	private Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (DepartmentSummary d : directory.departments()) {
			names.put(d.code().toUpperCase(Locale.ROOT), d.name(locale));
		}
		return names;
	}
}
