package org.govhall.portal.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.govhall.shared.calendar.WorkingDayCalendar;
import org.govhall.shared.calendar.WorkingDays;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The public deadline calculator (办理时限计算): the last day of a time limit counted in working days on the
 * official calendar, from the day after receipt. Works as a plain form; with htmx only the result is swapped.
 */
@Controller
class DeadlineCalculatorController {

	private final WorkingDays workingDays;

	private final Clock clock;

	DeadlineCalculatorController(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping("/tools/deadline")
	String calculate(@Valid @ModelAttribute("deadline") DeadlineForm form, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (form.getReceived() == null && form.getDays() == null && !errors.hasErrors()) {
			form.setReceived(LocalDate.now(clock));
			form.setDays(20);
		}
		else if (!errors.hasErrors()) {
			WorkingDayCalendar calendar = workingDays.calendar();
			LocalDate deadline = calendar.addWorkingDays(form.getReceived(), form.getDays());
			model.addAttribute("result", deadline);
			model.addAttribute("calendarDays", deadline.toEpochDay() - form.getReceived().toEpochDay());
			model.addAttribute("fallback", !calendar.hasDataFor(form.getReceived().getYear())
					|| !calendar.hasDataFor(deadline.getYear()));
		}
		return htmx != null ? "portal/deadline :: result" : "portal/deadline";
	}

	/** The calculator's input. */
	static class DeadlineForm {

		@NotNull
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate received;

		@NotNull
		@Min(1)
		@Max(365)
		private Integer days;

		public LocalDate getReceived() { return received; }
		public void setReceived(LocalDate received) { this.received = received; }
		public Integer getDays() { return days; }
		public void setDays(Integer days) { this.days = days; }
	}
}
