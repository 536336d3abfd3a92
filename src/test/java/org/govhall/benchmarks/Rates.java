package org.govhall.benchmarks;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** Operations per second, measured the same way for a raw operation and the hall's, so that their ratio means something. */
final class Rates {

	private Rates() {
	}

	/** Successful operations per second over {@code seconds}, from {@code threads} threads. */
	static double perSecond(BooleanSupplier operation, int seconds, int threads) throws InterruptedException {
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		Thread[] running = new Thread[threads];
		long started = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			running[i] = new Thread(() -> {
				while (System.nanoTime() < end) {
					if (operation.getAsBoolean()) {
						done.incrementAndGet();
					}
				}
			});
			running[i].start();
		}
		for (Thread thread : running) {
			thread.join();
		}
		return done.get() / ((System.nanoTime() - started) / 1e9);
	}
}
