package org.govhall.shared.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A statutory clock (法定时限): a time limit in working days that runs from the day after receipt, can be paused
 * (for a correction request, 补正, or a third party's opinion) and resumed, extended with approval, and — for
 * information disclosure — restarted. Immutable: every change answers a new clock.
 *
 * @param limit the time limit in working days
 * @param extension working days added by approved extensions
 * @param periods the spans in which the clock ran; each counts the working days after its start up to and
 * including its end; only the last may be open
 */
public record StatutoryClock(int limit, int extension, List<Period> periods) {

	public StatutoryClock {
		if (limit < 0 || extension < 0) {
			throw new IllegalArgumentException("limit and extension must not be negative");
		}
		periods = List.copyOf(periods);
	}

	/** A span in which the clock ran; {@code end} is null while it still runs. */
	public record Period(LocalDate start, LocalDate end) {

		boolean open() {
			return end == null;
		}
	}

	/** The two states of a clock. */
	public enum State {
		RUNNING, PAUSED
	}

	public static StatutoryClock start(LocalDate receipt, int limitInWorkingDays) {
		return new StatutoryClock(limitInWorkingDays, 0, List.of(new Period(receipt, null)));
	}

	public State state() {
		return last().open() ? State.RUNNING : State.PAUSED;
	}

	public int totalLimit() {
		return limit + extension;
	}

	/** Stops the clock at the end of {@code on}: the working days after it do not count until resumed. */
	public StatutoryClock pause(LocalDate on) {
		if (state() == State.PAUSED) {
			throw new ClockTransitionException("clock.alreadyPaused", last().end());
		}
		notBefore(on, last().start());
		List<Period> next = new ArrayList<>(periods.subList(0, periods.size() - 1));
		next.add(new Period(last().start(), on));
		return new StatutoryClock(limit, extension, next);
	}

	/** Starts the clock again: counting continues from the day after {@code on}. */
	public StatutoryClock resume(LocalDate on) {
		if (state() == State.RUNNING) {
			throw new ClockTransitionException("clock.notPaused");
		}
		notBefore(on, last().end());
		List<Period> next = new ArrayList<>(periods);
		next.add(new Period(on, null));
		return new StatutoryClock(limit, extension, next);
	}

	/** Adds an approved extension of {@code workingDays}. */
	public StatutoryClock extend(int workingDays) {
		if (workingDays <= 0) {
			throw new ClockTransitionException("clock.extensionNotPositive", workingDays);
		}
		return new StatutoryClock(limit, extension + workingDays, periods);
	}

	/** Counts the whole limit again from the day after {@code on}, without extensions (e.g. a corrected request). */
	public StatutoryClock restart(LocalDate on) {
		notBefore(on, last().open() ? last().start() : last().end());
		return new StatutoryClock(limit, 0, List.of(new Period(on, null)));
	}

	/** The working days counted up to and including {@code today}. */
	public int usedWorkingDays(WorkingDayCalendar calendar, LocalDate today) {
		int used = 0;
		for (Period p : periods) {
			LocalDate end = p.open() || p.end().isAfter(today) ? today : p.end();
			if (end.isAfter(p.start())) {
				used += calendar.workingDaysBetween(p.start(), end);
			}
		}
		return used;
	}

	/** Working days left after {@code today}; negative when the limit has been passed. */
	public int remainingWorkingDays(WorkingDayCalendar calendar, LocalDate today) {
		return totalLimit() - usedWorkingDays(calendar, today);
	}

	/**
	 * The last day of the time limit; empty while the clock is paused before the limit was reached (the
	 * deadline is then not known).
	 */
	public Optional<LocalDate> deadline(WorkingDayCalendar calendar) {
		int needed = totalLimit();
		for (Period p : periods) {
			if (p.open()) {
				return Optional.of(calendar.addWorkingDays(p.start(), needed));
			}
			int inPeriod = calendar.workingDaysBetween(p.start(), p.end());
			if (inPeriod >= needed) {
				return Optional.of(calendar.addWorkingDays(p.start(), needed));
			}
			needed -= inPeriod;
		}
		return Optional.empty();
	}

	/** True once the last day of the limit has passed. */
	public boolean isOverdue(WorkingDayCalendar calendar, LocalDate today) {
		return deadline(calendar).map(today::isAfter).orElse(false);
	}

	private Period last() {
		return periods.get(periods.size() - 1);
	}

	private static void notBefore(LocalDate on, LocalDate earliest) {
		if (on.isBefore(earliest)) {
			throw new ClockTransitionException("clock.dateBeforeLastChange", on, earliest);
		}
	}
}
