package org.govhall.shared.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A statutory time limit (法定时限) that stops for corrections (补正), can be extended and restarted. */
class StatutoryClockTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.of(CalendarLoader.load(null));

	private static final LocalDate RECEIVED = LocalDate.of(2026, 9, 1);

	@Test
	void twenty_working_days_from_the_first_of_september_2026_skip_the_holidays() {
		StatutoryClock clock = StatutoryClock.start(RECEIVED, 20);
		// September after the 1st: 2-4, 7-11, 14-18, 20 (make-up Sunday), 21-24, 28-30 → 21 working days
		assertThat(clock.deadline(calendar)).contains(LocalDate.of(2026, 9, 29));
		assertThat(clock.state()).isEqualTo(StatutoryClock.State.RUNNING);
		assertThat(clock.usedWorkingDays(calendar, LocalDate.of(2026, 9, 4))).isEqualTo(3);
		assertThat(clock.remainingWorkingDays(calendar, LocalDate.of(2026, 9, 4))).isEqualTo(17);
	}

	@Test
	void a_pause_for_correction_stops_the_count_and_the_resumption_moves_the_deadline() {
		StatutoryClock paused = StatutoryClock.start(RECEIVED, 20).pause(LocalDate.of(2026, 9, 4));
		assertThat(paused.state()).isEqualTo(StatutoryClock.State.PAUSED);
		assertThat(paused.deadline(calendar)).as("unknown while paused").isEmpty();
		assertThat(paused.usedWorkingDays(calendar, LocalDate.of(2026, 9, 30))).isEqualTo(3);
		assertThat(paused.isOverdue(calendar, LocalDate.of(2026, 12, 31))).isFalse();

		StatutoryClock resumed = paused.resume(LocalDate.of(2026, 9, 11));
		// 17 working days after 09-11: 14-18, 20, 21-24, 28-30, 10-08, 10-09, 10-10, 10-12 → the 17th is 10-12
		assertThat(resumed.deadline(calendar)).contains(LocalDate.of(2026, 10, 12));
		assertThat(resumed.usedWorkingDays(calendar, LocalDate.of(2026, 9, 18))).isEqualTo(3 + 5);
	}

	@Test
	void an_extension_adds_working_days_and_a_restart_drops_it() {
		StatutoryClock extended = StatutoryClock.start(RECEIVED, 20).extend(10);
		assertThat(extended.totalLimit()).isEqualTo(30);
		// ten more after 09-29: 09-30, 10-08, 10-09, 10-10, 10-12..10-16, 10-19
		assertThat(extended.deadline(calendar)).contains(LocalDate.of(2026, 10, 19));

		StatutoryClock restarted = extended.restart(LocalDate.of(2026, 9, 10));
		assertThat(restarted.totalLimit()).isEqualTo(20);
		assertThat(restarted.deadline(calendar)).contains(calendar.addWorkingDays(LocalDate.of(2026, 9, 10), 20));
	}

	@Test
	void the_limit_is_overdue_only_after_its_last_day() {
		StatutoryClock clock = StatutoryClock.start(RECEIVED, 20);
		assertThat(clock.isOverdue(calendar, LocalDate.of(2026, 9, 29))).isFalse();
		assertThat(clock.isOverdue(calendar, LocalDate.of(2026, 9, 30))).isTrue();
		assertThat(clock.remainingWorkingDays(calendar, LocalDate.of(2026, 9, 30))).isEqualTo(-1);
	}

	@Test
	void illegal_transitions_name_what_went_wrong() {
		StatutoryClock running = StatutoryClock.start(RECEIVED, 20);
		assertThatThrownBy(() -> running.resume(LocalDate.of(2026, 9, 2))).isInstanceOf(ClockTransitionException.class)
			.extracting(e -> ((ClockTransitionException) e).messageKey()).isEqualTo("clock.notPaused");
		StatutoryClock paused = running.pause(LocalDate.of(2026, 9, 4));
		assertThatThrownBy(() -> paused.pause(LocalDate.of(2026, 9, 5)))
			.extracting(e -> ((ClockTransitionException) e).messageKey()).isEqualTo("clock.alreadyPaused");
		assertThatThrownBy(() -> paused.resume(LocalDate.of(2026, 9, 3)))
			.extracting(e -> ((ClockTransitionException) e).messageKey()).isEqualTo("clock.dateBeforeLastChange");
		assertThatThrownBy(() -> running.extend(0))
			.extracting(e -> ((ClockTransitionException) e).messageKey()).isEqualTo("clock.extensionNotPositive");
		assertThatThrownBy(() -> running.pause(LocalDate.of(2026, 8, 31)))
			.extracting(e -> ((ClockTransitionException) e).messageKey()).isEqualTo("clock.dateBeforeLastChange");
	}
}
