package org.govhall.exchange.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Adds synthetic people to the population register in the background (administrators, for load tests and
 * benchmarks: a million or 25 million), continuing the synthetic population where it stands, with progress
 * that any node can show. One generation at a time, on every node together: the database holds at most one
 * running job (a unique index), so a second start that raced past the check is refused like any other.
 */
@Service
public class PopulationGeneration {

	public static final long MAX = 25_000_000;

	/** A running job silent for this long was cut off (a node stopped): it is marked failed. */
	static final java.time.Duration SILENCE = java.time.Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(PopulationGeneration.class);

	private final BaseRegisterLoader loader;

	private final JdbcClient jdbc;

	private final TaskExecutor executor;

	private final ExchangeProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	PopulationGeneration(BaseRegisterLoader loader, JdbcClient jdbc,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, ExchangeProperties properties,
			AuditTrail audit, Clock clock) {
		this.loader = loader;
		this.jdbc = jdbc;
		this.executor = executor;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A generation as its page and the API show it.
	 *
	 * @param id the job
	 * @param target how many people it adds
	 * @param loaded how many are in so far
	 * @param state RUNNING, DONE or FAILED
	 * @param message what went wrong, when it failed
	 */
	public record Job(UUID id, long target, long loaded, String state, String message) {

		@JsonProperty("percent")
		public int percent() {
			return target == 0 ? 100 : (int) Math.min(100, loaded * 100 / target);
		}

		@JsonProperty("finished")
		public boolean finished() {
			return !"RUNNING".equals(state);
		}
	}

	public Job start(long count, String by) {
		if (count < 1 || count > MAX) {
			throw ProblemException.invalid("count", "exchange.generation.count", MAX);
		}
		failSilentJobs();
		boolean running = jdbc.sql("select exists (select 1 from exchange_generation_job where state = 'RUNNING')")
			.query(Boolean.class).single();
		if (running) {
			throw ProblemException.conflict("exchange.generation.running");
		}
		long first = jdbc.sql("select count(*) from exchange_person").query(Long.class).single();
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					insert into exchange_generation_job (id, target, first_index, state, started_by, started_at)
					values (?, ?, ?, 'RUNNING', ?, ?)""").params(id, count, first, by, Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException startedMeanwhile) {
			// another click or node started one after the check above: the unique index on running jobs refused
			throw ProblemException.conflict("exchange.generation.running");
		}
		audit.record(AuditEvent.of("exchange.generationStarted").by(by).on("generation", id).detail("count", count));
		executor.execute(() -> run(id, first, count));
		return job(id).orElseThrow();
	}

	public Optional<Job> job(UUID id) {
		failSilentJobs();
		return jdbc.sql("select id, target, loaded, state, message from exchange_generation_job where id = ?")
			.param(id)
			.query((rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	/**
	 * Marks failed the running jobs that have been silent too long: their node stopped mid-way. The batches it
	 * committed stay (they are whole people); a new generation continues after them.
	 */
	void failSilentJobs() {
		jdbc.sql("""
				update exchange_generation_job set state = 'FAILED', finished_at = now(),
				    message = '中断：处理该任务的节点已停止，已载入的批次保留。Interrupted: the node stopped; the loaded batches are kept.'
				where state = 'RUNNING' and updated_at < ?""")
			.param(Timestamp.from(clock.instant().minus(SILENCE))).update();
	}

	private void run(UUID id, long first, long count) {
		try {
			loader.loadPeople(new SyntheticPopulation(properties.seed()), first, count, (done, total) -> jdbc
				.sql("update exchange_generation_job set loaded = ?, updated_at = now() where id = ?").params(done, id).update());
			jdbc.sql("update exchange_generation_job set state = 'DONE', finished_at = ? where id = ?")
				.params(Timestamp.from(clock.instant()), id).update();
		}
		catch (RuntimeException ex) {
			log.error("Population generation {} failed", id, ex);
			jdbc.sql("update exchange_generation_job set state = 'FAILED', message = ?, finished_at = ? where id = ?")
				.params(String.valueOf(ex.getMessage()).substring(0, Math.min(1000, String.valueOf(ex.getMessage())
					.length())), Timestamp.from(clock.instant()), id)
				.update();
		}
	}
}
