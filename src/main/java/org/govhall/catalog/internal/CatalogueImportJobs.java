package org.govhall.catalog.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.web.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports run in the background (a large workbook takes a while): the job records how far it has come, so the
 * page can show a progress bar, and ends with the import report. Formats: the JSON exchange format, CSV (UTF-8)
 * and XLSX.
 */
@Service
public class CatalogueImportJobs {

	/** The largest file accepted, in bytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(CatalogueImportJobs.class);

	private final CatalogueImport importer;

	private final CatalogueCsv csv;

	private final CatalogueXlsx xlsx;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	private final TaskExecutor executor;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	CatalogueImportJobs(CatalogueImport importer, JsonMapper json, JdbcClient jdbc, PlatformTransactionManager tx,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, MessageSource messages, AuditTrail audit,
			Clock clock) {
		this.importer = importer;
		CatalogueColumns columns = new CatalogueColumns(json);
		this.csv = new CatalogueCsv(columns);
		this.xlsx = new CatalogueXlsx(columns);
		this.json = json;
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(tx);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** The supported file formats, told apart by the file name's extension. */
	public enum Format {
		JSON, CSV, XLSX;

		public static Format of(String fileName) {
			String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
			if (lower.endsWith(".json")) {
				return JSON;
			}
			if (lower.endsWith(".csv")) {
				return CSV;
			}
			if (lower.endsWith(".xlsx")) {
				return XLSX;
			}
			throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
					"catalog.import.format", fileName);
		}
	}

	/** Where a job stands. */
	public enum State {
		RUNNING, IMPORTED, REJECTED, FAILED
	}

	/**
	 * A job as its page and the API show it.
	 *
	 * @param id the job
	 * @param fileName the uploaded file's name
	 * @param state running, imported, rejected (with problems) or failed (an unexpected error)
	 * @param processed entries handled so far
	 * @param total entries in all (0 until the file is read)
	 * @param report the report, once finished
	 */
	public record Job(UUID id, String fileName, String format, State state, int processed, int total,
			ImportReport report, String createdBy) {

		@JsonProperty("percent")
		public int percent() {
			if (state != State.RUNNING) {
				return 100;
			}
			return total == 0 ? 0 : Math.min(99, processed * 100 / total);
		}

		@JsonProperty("finished")
		public boolean finished() {
			return state != State.RUNNING;
		}
	}

	/** Accepts a file and starts its import; answers the job at once. */
	public Job start(String fileName, byte[] bytes, String actor, Locale locale) {
		if (bytes.length > MAX_BYTES) {
			throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "catalog.import.tooLarge",
					MAX_BYTES / 1024 / 1024);
		}
		if (bytes.length == 0) {
			throw ProblemException.invalid("file", "catalog.import.emptyFile");
		}
		Format format = Format.of(fileName);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into catalog_import_job (id, file_name, format, state, created_by, created_at)
				values (?, ?, ?, 'RUNNING', ?, ?)""")
			.params(id, fileName, format.name(), actor, Timestamp.from(clock.instant())).update();
		audit.record(AuditEvent.of("catalog.importStarted").by(actor).on("catalog-import", id)
			.detail("file", fileName).detail("bytes", bytes.length));
		executor.execute(() -> run(id, format, bytes, actor, locale));
		return job(id).orElseThrow();
	}

	public Optional<Job> job(UUID id) {
		failSilentJobs();
		return jdbc.sql("select id, file_name, format, state, processed, total, report, created_by"
				+ " from catalog_import_job where id = ?").param(id).query((rs, n) -> {
					String report = rs.getString("report");
					return new Job(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("format"),
							State.valueOf(rs.getString("state")), rs.getInt("processed"), rs.getInt("total"),
							report == null ? null : json.readValue(report, ImportReport.class),
							rs.getString("created_by"));
				}).optional();
	}

	private void run(UUID id, Format format, byte[] bytes, String actor, Locale locale) {
		try {
			CatalogueColumns.Messages text = (key, args) -> messages.getMessage(key, args, key, locale);
			CatalogueFile file;
			List<ImportReport.Problem> earlier = List.of();
			java.util.function.IntFunction<String> entryName;
			if (format == Format.JSON) {
				try {
					file = json.readValue(bytes, CatalogueFile.class);
				}
				catch (RuntimeException ex) {
					finish(id, State.REJECTED, new ImportReport(false, 0, 0, List.of(new ImportReport.Problem(
							text.text("catalog.import.file"), null, null, text.text("catalog.import.malformedJson")))));
					return;
				}
				entryName = i -> "items[" + i + "]";
			}
			else {
				CatalogueColumns.Read read = format == Format.CSV ? csv.read(bytes, text) : xlsx.read(bytes, text);
				file = new CatalogueFile(read.items(), List.of());
				earlier = read.problems();
				entryName = i -> text.text("catalog.import.row", read.rows().get(i));
			}
			ImportReport report = importer.importFile(file, actor, locale, earlier, entryName,
					(done, total) -> progress(id, done, total));
			finish(id, report.imported() ? State.IMPORTED : State.REJECTED, report);
		}
		catch (RuntimeException ex) {
			log.error("Catalogue import {} failed", id, ex);
			finish(id, State.FAILED, new ImportReport(false, 0, 0, List.of(new ImportReport.Problem("-", null, null,
					messages.getMessage("catalog.import.failed", null, "catalog.import.failed", locale)))));
		}
	}

	/**
	 * Marks failed the running imports that have been silent too long: their node stopped, and as an import
	 * writes in one transaction, nothing of it was kept.
	 */
	void failSilentJobs() {
		jdbc.sql("""
				update catalog_import_job set state = 'FAILED', finished_at = now(), report = ?::jsonb
				where state = 'RUNNING' and updated_at < ?""")
			.params(json.writeValueAsString(new ImportReport(false, 0, 0, List.of(new ImportReport.Problem("-", null,
					null, "中断：处理该导入的节点已停止，未写入任何数据。Interrupted: the node stopped; nothing was written.")))),
					Timestamp.from(clock.instant().minus(java.time.Duration.ofMinutes(5))))
			.update();
	}

	private void progress(UUID id, int done, int total) {
		separately.executeWithoutResult(s -> jdbc.sql(
				"update catalog_import_job set processed = ?, total = ?, updated_at = now() where id = ?")
			.params(done, total, id).update());
	}

	private void finish(UUID id, State state, ImportReport report) {
		Instant now = clock.instant();
		separately.executeWithoutResult(s -> jdbc.sql("""
				update catalog_import_job set state = ?, report = ?::jsonb, processed = total, finished_at = ?
				where id = ?""").params(state.name(), json.writeValueAsString(report), Timestamp.from(now), id).update());
	}
}
