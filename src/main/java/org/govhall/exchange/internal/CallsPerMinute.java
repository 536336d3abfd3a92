package org.govhall.exchange.internal;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-minute rate limit counted on this node for each caller, as a sliding window: the calls of the current
 * minute plus the previous minute's calls weighted by how much of it still lies within the last sixty seconds.
 * Two counters per caller, however high the limit. Counted on the clock it is given, or at the instants passed in.
 */
public final class CallsPerMinute {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final InstantSource clock;

	/** A limit counted at the instants each call passes in. */
	public CallsPerMinute() {
		this(InstantSource.system());
	}

	/** A limit counted on the given clock ({@link #admit(String, int)}). */
	public CallsPerMinute(InstantSource clock) {
		this.clock = clock;
	}

	/** Counts a call of {@code caller} now, on this limit's clock; false (and not counted) at the limit. */
	public boolean admit(String caller, int limit) {
		return admit(caller, limit, clock.instant());
	}

	/** Counts a call of {@code caller} at {@code now}; false (and not counted) when the limit is reached. */
	public boolean admit(String caller, int limit, Instant now) {
		if (limit <= 0) {
			return false;
		}
		Window window = windows.computeIfAbsent(caller, c -> new Window());
		synchronized (window) {
			long minute = now.getEpochSecond() / 60;
			if (minute != window.minute) {
				window.previous = minute == window.minute + 1 ? window.current : 0;
				window.current = 0;
				window.minute = minute;
			}
			double elapsed = (now.getEpochSecond() % 60 + now.getNano() / 1e9) / 60;
			double recent = window.current + window.previous * (1 - elapsed);
			if (recent >= limit) {
				return false;
			}
			window.current++;
			return true;
		}
	}

	private static final class Window {

		long minute;

		long current;

		long previous;
	}
}
