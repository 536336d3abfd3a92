package org.govhall.shared.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.calendar.WorkingDayCalendar;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.shared.security.StaffOnly;
import org.govhall.shared.web.ProblemException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.govhall.shared.security.StaffRole.ADMINISTRATOR;

/**
 * The official working-day calendar over HTTP: is a day a working day, when does a time limit end, how many
 * working days lie between two dates. Every answer says whether the State Council's holiday data covered the
 * dates or the count fell back to Monday-to-Friday.
 */
@RestController
class WorkingDayApiController {

	/** The furthest a calculation may reach, so that a request cannot keep a thread counting for ever. */
	private static final int MAX_SPAN_YEARS = 10;

	private final WorkingDays workingDays;

	private final AuditTrail audit;

	private final Clock clock;

	WorkingDayApiController(WorkingDays workingDays, AuditTrail audit, Clock clock) {
		this.workingDays = workingDays;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/v1/reference/working-days/{date}")
	Day day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		WorkingDayCalendar calendar = workingDays.calendar();
		return new Day(date, calendar.isWorkingDay(date), calendar.hasDataFor(date.getYear()));
	}

	@GetMapping("/api/v1/reference/working-days/deadline")
	Deadline deadline(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate received,
			@RequestParam @Min(0) @Max(3650) int workingDays) {
		WorkingDayCalendar calendar = this.workingDays.calendar();
		LocalDate deadline = calendar.addWorkingDays(received, workingDays);
		return new Deadline(received, workingDays, deadline, deadline.toEpochDay() - received.toEpochDay(),
				covered(calendar, received, deadline));
	}

	@GetMapping("/api/v1/reference/working-days/between")
	Between between(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		if (Math.abs(to.getYear() - from.getYear()) > MAX_SPAN_YEARS) {
			throw ProblemException.invalid("to", "reference.span.tooLong", MAX_SPAN_YEARS);
		}
		WorkingDayCalendar calendar = workingDays.calendar();
		LocalDate first = from.isBefore(to) ? from : to;
		LocalDate last = from.isBefore(to) ? to : from;
		return new Between(from, to, calendar.workingDaysBetween(from, to), covered(calendar, first, last));
	}

	@GetMapping("/api/v1/reference/calendar")
	CalendarStatus status() {
		WorkingDayCalendar calendar = workingDays.calendar();
		int year = LocalDate.now(clock).getYear();
		return new CalendarStatus(calendar.yearsWithData(), calendar.hasDataFor(year), calendar.hasDataFor(year + 1));
	}

	@PostMapping("/api/v1/admin/calendar/reload")
	@StaffOnly(ADMINISTRATOR)
	CalendarStatus reload() {
		WorkingDayCalendar calendar = workingDays.reload();
		audit.record(AuditEvent.of("calendar.reloaded").on("calendar", workingDays.directory().toString())
			.detail("years", calendar.yearsWithData()));
		return status();
	}

	private static boolean covered(WorkingDayCalendar calendar, LocalDate first, LocalDate last) {
		for (int year = first.getYear(); year <= last.getYear(); year++) {
			if (!calendar.hasDataFor(year)) {
				return false;
			}
		}
		return true;
	}

	/** Whether a day is a working day; {@code officialData} is false where weekends alone decided. */
	record Day(LocalDate date, boolean workingDay, boolean officialData) {
	}

	/** The end of a time limit of {@code workingDays} counted from the day after {@code received}. */
	record Deadline(LocalDate received, int workingDays, LocalDate deadline, long calendarDays,
			boolean officialData) {
	}

	/** The working days in {@code (from, to]}, negative when {@code to} is earlier. */
	record Between(LocalDate from, LocalDate to, int workingDays, boolean officialData) {
	}

	/** Which years the official holiday data covers, and whether this year and next are among them. */
	record CalendarStatus(Set<Integer> yearsWithData, boolean currentYearCovered, boolean nextYearCovered) {
	}
}
