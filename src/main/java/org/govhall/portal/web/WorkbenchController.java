package org.govhall.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.govhall.identity.StaffPrincipal;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.web.NavigationEntry;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff workbench (工作台): after sign-in, each staff member sees what their roles let them do, gathered
 * from the entries the modules contribute.
 */
@Controller
class WorkbenchController {

	private final List<NavigationEntry> entries;

	private final WorkingDays workingDays;

	private final Clock clock;

	WorkbenchController(List<NavigationEntry> entries, WorkingDays workingDays, Clock clock) {
		this.entries = entries;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping("/workbench")
	String workbench(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
		if (staff == null) {
			// citizens have their personal space instead
			return "redirect:/my";
		}
		model.addAttribute("entries", entries.stream().filter(e -> e.visibleTo(staff))
			.sorted(Comparator.comparingInt(NavigationEntry::order)).toList());
		model.addAttribute("roles", staff.roles().stream().sorted().toList());
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("todayIsWorkingDay", workingDays.calendar().isWorkingDay(today));
		model.addAttribute("nextWorkingDay", workingDays.calendar().addWorkingDays(today, 1));
		return "portal/workbench";
	}
}
