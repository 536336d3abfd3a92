package org.govhall.shared.calendar;

import java.time.LocalDate;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

	@Test
	void the_count_starts_the_day_after_receipt() {
		StatutoryClock clock = StatutoryClock.start(LocalDate.of(2026, 9, 30), 5);
		// 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13
		assertThat(clock.deadline(calendar)).contains(LocalDate.of(2026, 10, 13));
		assertThat(clock.usedWorkingDays(calendar, LocalDate.of(2026, 9, 30))).as("receipt day").isZero();
		assertThat(clock.remainingWorkingDays(calendar, LocalDate.of(2026, 9, 30))).isEqualTo(5);
		assertThat(clock.remainingWorkingDays(calendar, LocalDate.of(2026, 10, 7))).as("holiday week").isEqualTo(5);
		assertThat(clock.remainingWorkingDays(calendar, LocalDate.of(2026, 10, 13))).isZero();
		assertThat(clock.totalLimit()).isEqualTo(5);
	}

	@Test
	void a_zero_day_limit_ends_on_the_day_of_receipt() {
		assertThat(StatutoryClock.start(RECEIVED, 0).deadline(calendar)).contains(RECEIVED);
	}

	@Test
	void a_negative_limit_is_refused() {
		assertThatThrownBy(() -> StatutoryClock.start(RECEIVED, -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_correction_request_over_the_spring_festival_moves_the_deadline_by_the_paused_working_days() {
		LocalDate received = LocalDate.of(2026, 2, 2);
		StatutoryClock clock = StatutoryClock.start(received, 20);
		// 02-03..06, 09..13, 14 (make-up), 24..27, 28 (make-up), 03-02..06
		assertThat(clock.deadline(calendar)).contains(LocalDate.of(2026, 3, 6));

		StatutoryClock paused = clock.pause(LocalDate.of(2026, 2, 10));
		assertThat(paused.usedWorkingDays(calendar, LocalDate.of(2026, 2, 10))).isEqualTo(6);
		assertThat(paused.usedWorkingDays(calendar, LocalDate.of(2026, 2, 26))).as("stopped while paused").isEqualTo(6);
		assertThat(paused.remainingWorkingDays(calendar, LocalDate.of(2026, 2, 26))).isEqualTo(14);

		StatutoryClock resumed = paused.resume(LocalDate.of(2026, 2, 26));
		// paused working days: 02-11, 12, 13, 14 (make-up), 24, 25, 26 → seven, so 03-06 moves to 03-17
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 26))).isEqualTo(7);
		assertThat(resumed.deadline(calendar)).contains(LocalDate.of(2026, 3, 17));
		assertThat(resumed.deadline(calendar)).contains(calendar.addWorkingDays(LocalDate.of(2026, 3, 6), 7));
		assertThat(resumed.state()).isEqualTo(StatutoryClock.State.RUNNING);
		assertThat(resumed.usedWorkingDays(calendar, LocalDate.of(2026, 2, 27))).isEqualTo(7);
		assertThat(resumed.remainingWorkingDays(calendar, LocalDate.of(2026, 2, 27))).isEqualTo(13);
		assertThat(resumed.periods()).hasSize(2);
	}

	@Test
	void two_pauses_each_move_the_deadline() {
		StatutoryClock clock = StatutoryClock.start(RECEIVED, 20)
			.pause(LocalDate.of(2026, 9, 4))
			.resume(LocalDate.of(2026, 9, 8)) // 09-07, 09-08 not counted
			.pause(LocalDate.of(2026, 9, 9))
			.resume(LocalDate.of(2026, 9, 10)); // 09-10 not counted
		// counted: 09-02..04 (3), 09-09 (1), then 16 after 09-10: 11, 14-18, 20, 21-24, 28-30, 10-08, 10-09
		assertThat(clock.usedWorkingDays(calendar, LocalDate.of(2026, 9, 10))).isEqualTo(4);
		assertThat(clock.deadline(calendar)).contains(LocalDate.of(2026, 10, 9));
		assertThat(clock.deadline(calendar))
			.contains(calendar.addWorkingDays(StatutoryClock.start(RECEIVED, 20).deadline(calendar).orElseThrow(), 3));
	}

	@Test
	void a_pause_and_a_resumption_on_the_same_day_change_nothing() {
		StatutoryClock clock = StatutoryClock.start(RECEIVED, 20);
		StatutoryClock same = clock.pause(LocalDate.of(2026, 9, 7)).resume(LocalDate.of(2026, 9, 7));
		assertThat(same.deadline(calendar)).isEqualTo(clock.deadline(calendar));
		assertThat(same.usedWorkingDays(calendar, LocalDate.of(2026, 9, 15)))
			.isEqualTo(clock.usedWorkingDays(calendar, LocalDate.of(2026, 9, 15)));
	}

	@Test
	void a_deadline_already_reached_before_the_pause_is_still_known() {
		StatutoryClock paused = StatutoryClock.start(RECEIVED, 3).pause(LocalDate.of(2026, 9, 10));
		assertThat(paused.deadline(calendar)).contains(LocalDate.of(2026, 9, 4));
		assertThat(paused.isOverdue(calendar, LocalDate.of(2026, 9, 10))).isTrue();
		assertThat(paused.remainingWorkingDays(calendar, LocalDate.of(2026, 9, 30))).isEqualTo(3 - 7);
	}

	@Test
	void the_clock_is_immutable() {
		StatutoryClock clock = StatutoryClock.start(RECEIVED, 20);
		clock.pause(LocalDate.of(2026, 9, 4));
		clock.extend(5);
		assertThat(clock.state()).isEqualTo(StatutoryClock.State.RUNNING);
		assertThat(clock.totalLimit()).isEqualTo(20);
		assertThat(clock.deadline(calendar)).contains(LocalDate.of(2026, 9, 29));
	}

	@Test
	void extensions_add_up_and_count_while_paused_too() {
		StatutoryClock clock = StatutoryClock.start(RECEIVED, 20).extend(5).extend(10);
		assertThat(clock.extension()).isEqualTo(15);
		assertThat(clock.totalLimit()).isEqualTo(35);
		assertThat(clock.deadline(calendar)).contains(calendar.addWorkingDays(RECEIVED, 35));

		StatutoryClock paused = StatutoryClock.start(RECEIVED, 20).pause(LocalDate.of(2026, 9, 4)).extend(2);
		assertThat(paused.state()).isEqualTo(StatutoryClock.State.PAUSED);
		assertThat(paused.remainingWorkingDays(calendar, LocalDate.of(2026, 9, 4))).isEqualTo(22 - 3);
		// 19 after 09-11: 14-18, 20, 21-24, 28-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14
		assertThat(paused.resume(LocalDate.of(2026, 9, 11)).deadline(calendar)).contains(LocalDate.of(2026, 10, 14));
	}

	@Test
	void a_restart_counts_the_whole_limit_again_from_the_day_after_and_forgets_pauses() {
		StatutoryClock clock = StatutoryClock.start(RECEIVED, 20)
			.extend(5)
			.pause(LocalDate.of(2026, 9, 4))
			.restart(LocalDate.of(2026, 9, 14));
		assertThat(clock.state()).isEqualTo(StatutoryClock.State.RUNNING);
		assertThat(clock.extension()).isZero();
		assertThat(clock.periods()).containsExactly(new StatutoryClock.Period(LocalDate.of(2026, 9, 14), null));
		assertThat(clock.usedWorkingDays(calendar, LocalDate.of(2026, 9, 14))).isZero();
		// 20 after 09-14: 15-18, 20, 21-24, 28-30, 10-08, 10-09, 10-10, 10-12..10-16 → 10-16
		assertThat(clock.deadline(calendar)).contains(LocalDate.of(2026, 10, 16));
	}

	@Test
	void overdue_begins_the_day_after_the_deadline_even_on_a_weekend() {
		StatutoryClock clock = StatutoryClock.start(LocalDate.of(2026, 3, 2), 5); // deadline Monday 03-09
		assertThat(clock.deadline(calendar)).contains(LocalDate.of(2026, 3, 9));
		assertThat(clock.isOverdue(calendar, LocalDate.of(2026, 3, 2))).isFalse();
		assertThat(clock.isOverdue(calendar, LocalDate.of(2026, 3, 9))).isFalse();
		assertThat(clock.isOverdue(calendar, LocalDate.of(2026, 3, 10))).isTrue();
		StatutoryClock friday = StatutoryClock.start(LocalDate.of(2026, 3, 2), 4); // deadline Friday 03-06
		assertThat(friday.isOverdue(calendar, LocalDate.of(2026, 3, 7))).isTrue();
		assertThat(friday.remainingWorkingDays(calendar, LocalDate.of(2026, 3, 7))).as("no working day used").isZero();
	}

	@Test
	void a_second_pause_names_the_day_of_the_first() {
		StatutoryClock paused = StatutoryClock.start(RECEIVED, 20).pause(LocalDate.of(2026, 9, 4));
		ClockTransitionException e = refused(() -> paused.pause(LocalDate.of(2026, 9, 7)));
		assertThat(e.messageKey()).isEqualTo("clock.alreadyPaused");
		assertThat(e.args()).containsExactly(LocalDate.of(2026, 9, 4));
	}

	@Test
	void resuming_a_running_clock_is_refused_without_arguments() {
		ClockTransitionException e = refused(() -> StatutoryClock.start(RECEIVED, 20).resume(LocalDate.of(2026, 9, 7)));
		assertThat(e.messageKey()).isEqualTo("clock.notPaused");
		assertThat(e.args()).isEmpty();
	}

	@Test
	void an_extension_must_be_positive() {
		StatutoryClock clock = StatutoryClock.start(RECEIVED, 20);
		for (int days : new int[] { 0, -3 }) {
			ClockTransitionException e = refused(() -> clock.extend(days));
			assertThat(e.messageKey()).isEqualTo("clock.extensionNotPositive");
			assertThat(e.args()).containsExactly(days);
		}
	}

	@Test
	void no_change_may_go_back_before_the_last_one() {
		StatutoryClock running = StatutoryClock.start(RECEIVED, 20);
		StatutoryClock paused = running.pause(LocalDate.of(2026, 9, 4));
		ClockTransitionException resume = refused(() -> paused.resume(LocalDate.of(2026, 9, 3)));
		assertThat(resume.messageKey()).isEqualTo("clock.dateBeforeLastChange");
		assertThat(resume.args()).containsExactly(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 4));

		ClockTransitionException restart = refused(() -> paused.restart(LocalDate.of(2026, 9, 2)));
		assertThat(restart.messageKey()).isEqualTo("clock.dateBeforeLastChange");
		assertThat(restart.args()).containsExactly(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 4));

		ClockTransitionException pause = refused(() -> running.pause(LocalDate.of(2026, 8, 31)));
		assertThat(pause.args()).containsExactly(LocalDate.of(2026, 8, 31), RECEIVED);
		assertThat(running.pause(RECEIVED).state()).as("the day of receipt itself is allowed")
			.isEqualTo(StatutoryClock.State.PAUSED);
	}

	private static ClockTransitionException refused(ThrowingCallable change) {
		ClockTransitionException refused = catchThrowableOfType(ClockTransitionException.class, change);
		assertThat(refused).as("the change should have been refused").isNotNull();
		return refused;
	}
}
