package org.govhall.support;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The clock the exchange's per-minute call limit counts on in the tests (what an {@link InstantSource} is injected
 * with; everything taking a {@link java.time.Clock} keeps the kernel's clock). It follows the system clock until a
 * test stops it at an instant; from then on it moves only when the test moves it, until the test lets it run again.
 */
@TestComponent
@Primary
public class ControllableClock implements InstantSource {

	private volatile Instant stoppedAt;

	@Override
	public Instant instant() {
		Instant stopped = stoppedAt;
		return stopped != null ? stopped : Instant.now();
	}

	/** Stops the clock at an instant. */
	public void stopAt(Instant instant) {
		stoppedAt = instant;
	}

	/** Moves the stopped clock on. */
	public void advance(Duration duration) {
		if (stoppedAt == null) {
			throw new IllegalStateException("the clock is running: stop it first");
		}
		stoppedAt = stoppedAt.plus(duration);
	}

	/** Lets the clock follow the system clock again. */
	public void run() {
		stoppedAt = null;
	}
}
