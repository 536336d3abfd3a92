package org.govhall.shared.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a periodic job on exactly one node at a time (ShedLock over the hall's database): a node that finds the job's
 * lock taken skips this round instead of waiting, and a lock whose node died is free again after its longest
 * duration. Every module's sweep runs through it under its own name.
 */
@Component
public class OneNodeAtATime {

	private final LockProvider locks;

	private final LockingTaskExecutor executor;

	private final Clock clock;

	OneNodeAtATime(DataSource dataSource, Clock clock) {
		this.locks = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTableName("shared_scheduler_lock")
			.usingDbTime()
			.build());
		this.executor = new DefaultLockingTaskExecutor(locks);
		this.clock = clock;
	}

	/**
	 * Runs the job unless another node runs it now; answers its result, or empty when it ran elsewhere.
	 *
	 * @param name the job's name, {@code <module>.<job>}
	 * @param atMost how long the lock is held should this node die while running it
	 */
	public <T> Optional<T> run(String name, Duration atMost, Supplier<T> job) {
		try {
			LockingTaskExecutor.TaskResult<T> result = executor.executeWithLock(job::get, configuration(name, atMost));
			return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
		}
		catch (RuntimeException | Error e) {
			throw e;
		}
		catch (Throwable e) {
			throw new IllegalStateException("The job " + name + " failed", e);
		}
	}

	/** The job's lock itself, for a test that holds it as another node would; empty when it is taken. */
	public Optional<SimpleLock> hold(String name, Duration atMost) {
		return locks.lock(configuration(name, atMost));
	}

	private LockConfiguration configuration(String name, Duration atMost) {
		return new LockConfiguration(clock.instant(), name, atMost, Duration.ZERO);
	}
}
