package org.govhall.portal.web;

import java.time.Clock;
import java.time.LocalDate;

import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.web.PublicPaths;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hall's front door (首页): search, the ways in for citizens, companies and staff, and today on the official
 * working-day calendar.
 */
@Controller
class HomeController {

	private final WorkingDays workingDays;

	private final Clock clock;

	HomeController(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Bean
	static PublicPaths portalPublicPaths() {
		return PublicPaths.of("/", "/search", "/personal", "/business", "/tools/**", "/css/**", "/js/**",
				"/images/**", "/webjars/**", "/favicon.ico", "/error");
	}

	@GetMapping("/")
	String home(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("todayIsWorkingDay", workingDays.calendar().isWorkingDay(today));
		return "portal/home";
	}

	/** The home page's search box leads to the service catalogue. */
	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query) {
		return query == null || query.isBlank() ? "redirect:/services"
				: "redirect:/services?q=" + java.net.URLEncoder.encode(query.strip(), java.nio.charset.StandardCharsets.UTF_8);
	}

	@GetMapping("/personal")
	String personal() {
		return "redirect:/services?audience=NATURAL_PERSON";
	}

	@GetMapping("/business")
	String business() {
		return "redirect:/services?audience=LEGAL_PERSON";
	}
}
