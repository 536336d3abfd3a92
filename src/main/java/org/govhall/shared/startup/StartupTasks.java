package org.govhall.shared.startup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs every module's {@link StartupTask}: independent tasks side by side on a few threads, each after the tasks
 * it names, from the moment this bean exists (with the database migrated and the tasks' own beans made) while the
 * rest of the context is still being built — Flowable, the security chains, the web server. As an application
 * runner it then holds the hall's readiness until all are done (Spring reports readiness only after the runners),
 * and the first failure, rethrown, stops the start; tasks that do not depend on the failed one are finished first,
 * so that none is cut off in its transaction.
 */
@Component
@Order(10)
@DependsOnDatabaseInitialization
class StartupTasks implements ApplicationRunner, InitializingBean, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

	private final Map<String, StartupTask> tasks = new LinkedHashMap<>();

	private ExecutorService executor;

	private CompletableFuture<Void> all;

	private long started;

	/**
	 * @param transactions made before any task runs: a task's first transaction must not be the one that creates
	 *        the transaction manager while the main thread builds the context
	 */
	StartupTasks(List<StartupTask> tasks, PlatformTransactionManager transactions) {
		tasks.forEach(task -> {
			if (this.tasks.put(task.name(), task) != null) {
				throw new IllegalStateException("Two start-up tasks are named " + task.name());
			}
		});
		this.tasks.values().forEach(task -> task.after().forEach(name -> {
			if (!this.tasks.containsKey(name)) {
				throw new IllegalStateException("Start-up task " + task.name() + " waits for " + name
						+ ", which does not exist");
			}
		}));
	}

	/** Starts the tasks on threads of their own as soon as this bean is made. */
	@Override
	public void afterPropertiesSet() {
		started = System.nanoTime();
		if (tasks.isEmpty()) {
			all = CompletableFuture.completedFuture(null);
			return;
		}
		AtomicInteger threads = new AtomicInteger();
		executor = Executors.newFixedThreadPool(
				Math.min(tasks.size(), Math.max(2, Runtime.getRuntime().availableProcessors())), runnable -> {
					Thread thread = new Thread(runnable, "startup-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		Map<String, CompletableFuture<Void>> scheduled = new HashMap<>();
		tasks.keySet().forEach(name -> schedule(name, scheduled, executor, new ArrayList<>()));
		all = CompletableFuture.allOf(scheduled.values().toArray(CompletableFuture[]::new));
	}

	/** Waits for every task once the context is up; the hall is ready only after this. */
	@Override
	public void run(ApplicationArguments args) {
		try {
			all.join();
		}
		catch (CompletionException ex) {
			throw failure(ex);
		}
		finally {
			stopThreads();
		}
		log.info("Start-up tasks done {} ms after they began", (System.nanoTime() - started) / 1_000_000);
	}

	/** A context that fails to start stops the tasks' threads with it. */
	@Override
	public void destroy() {
		stopThreads();
	}

	private void stopThreads() {
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	private CompletableFuture<Void> schedule(String name, Map<String, CompletableFuture<Void>> scheduled,
			ExecutorService executor, List<String> path) {
		CompletableFuture<Void> existing = scheduled.get(name);
		if (existing != null) {
			return existing;
		}
		if (path.contains(name)) {
			throw new IllegalStateException("Start-up tasks wait for each other: " + String.join(" → ", path) + " → "
					+ name);
		}
		path.add(name);
		StartupTask task = tasks.get(name);
		CompletableFuture<?>[] before = task.after().stream().map(n -> schedule(n, scheduled, executor, path))
			.toArray(CompletableFuture[]::new);
		path.remove(path.size() - 1);
		CompletableFuture<Void> future = CompletableFuture.allOf(before).thenRunAsync(() -> run(task), executor);
		scheduled.put(name, future);
		return future;
	}

	private static void run(StartupTask task) {
		long started = System.nanoTime();
		try {
			task.run();
		}
		catch (RuntimeException | Error ex) {
			log.error("Start-up task {} failed after {} ms", task.name(), (System.nanoTime() - started) / 1_000_000);
			throw ex;
		}
		log.info("Start-up task {} done in {} ms", task.name(), (System.nanoTime() - started) / 1_000_000);
	}

	private static RuntimeException failure(CompletionException ex) {
		Throwable cause = ex.getCause();
		while (cause instanceof CompletionException && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
	}
}
