package org.govhall.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govhall.shared.audit.AuditEntry;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.audit.BlockDigest;
import org.govhall.shared.audit.JournalVerification;
import org.govhall.shared.audit.SealedJournal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the access log into the audit trail in blocks (ADR 0009). A block holds every entry written by the
 * transactions between the previous block's bound and the oldest transaction still running, so no entry can
 * commit into a block after it was sealed; its digest chains on the previous block's and is recorded as an
 * audit entry. One node seals at a time; a node that finds another sealing skips its turn.
 */
@Component
public class AccessLogSeals implements SealedJournal {

	private static final long SEALING_LOCK = 0x60_71_22_61L;

	private static final String ROWS = """
			select id, tx::text as tx_text, occurred_at, consumer, actor, acting_for, channel, resource_code, grant_id, subject,
			       purpose, array_to_string(fields, ','), outcome, client_address
			from exchange_access_log l where l.tx >= ?::xid8 and l.tx < ?::xid8 order by l.tx, l.id""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	AccessLogSeals(JdbcClient jdbc, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * A sealed block.
	 *
	 * @param block its number, from 1
	 * @param fromTx the first transaction it covers
	 * @param toTx the transaction bound it stops before
	 * @param entries how many entries
	 * @param algorithm SM3 or SHA-256
	 * @param previousDigest the digest of the block before
	 * @param digest its digest
	 * @param auditSeq the audit trail entry that anchors it
	 */
	public record Seal(long block, String fromTx, String toTx, long entries, String algorithm, String previousDigest,
			String digest, long auditSeq) {
	}

	@Scheduled(fixedDelayString = "${govhall.exchange.seal-interval:5s}")
	void sealRegularly() {
		seal();
	}

	/** Seals what was written since the last block, if anything; answers the new block. */
	public Optional<Seal> seal() {
		return transaction.execute(status -> sealInTransaction());
	}

	private Optional<Seal> sealInTransaction() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(SEALING_LOCK).query(Boolean.class).single()) {
			return Optional.empty();
		}
		Optional<Seal> last = last();
		String from = last.map(Seal::toTx).orElse("0");
		String horizon = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single();
		String algorithm = audit.algorithm();
		String previous = last.map(Seal::digest).orElse(AuditEntry.GENESIS);
		BlockDigest digest = digest(algorithm, previous, from, horizon);
		if (digest.entries() == 0) {
			return Optional.empty();
		}
		long block = last.map(Seal::block).orElse(0L) + 1;
		String result = digest.finish();
		AuditEntry anchor = audit.record(AuditEvent.of("exchange.accessLogSealed").on("access-log-block", block)
			.by(AuditTrail.SYSTEM).detail("fromTx", from).detail("toTx", horizon)
			.detail("entries", digest.entries()).detail("previousDigest", previous).detail("digest", result));
		Seal seal = new Seal(block, from, horizon, digest.entries(), algorithm, previous, result, anchor.seq());
		jdbc.sql("""
				insert into exchange_access_seal (block, from_tx, to_tx, entries, algorithm, previous_digest, digest,
				    audit_seq, sealed_at)
				values (?, ?::xid8, ?::xid8, ?, ?, ?, ?, ?, ?)""")
			.params(block, from, horizon, seal.entries(), algorithm, previous, result, anchor.seq(),
					Timestamp.from(clock.instant()))
			.update();
		return Optional.of(seal);
	}

	@Override
	@Transactional(readOnly = true)
	public JournalVerification verify() {
		List<JournalVerification.Finding> findings = new ArrayList<>();
		String expectedFrom = "0";
		String expectedPrevious = AuditEntry.GENESIS;
		long blocks = 0;
		long entries = 0;
		for (Seal seal : seals()) {
			blocks++;
			entries += seal.entries();
			if (!seal.fromTx().equals(expectedFrom) || !seal.previousDigest().equals(expectedPrevious)) {
				findings.add(new JournalVerification.Finding(seal.block(), JournalVerification.Problem.GAP));
			}
			BlockDigest digest = digest(seal.algorithm(), seal.previousDigest(), seal.fromTx(), seal.toTx());
			if (digest.entries() != seal.entries() || !digest.finish().equals(seal.digest())) {
				findings.add(new JournalVerification.Finding(seal.block(), JournalVerification.Problem.ALTERED));
			}
			if (!anchored(seal)) {
				findings.add(new JournalVerification.Finding(seal.block(), JournalVerification.Problem.UNANCHORED));
			}
			expectedFrom = seal.toTx();
			expectedPrevious = seal.digest();
		}
		long unsealed = jdbc.sql("select count(*) from exchange_access_log where tx >= ?::xid8").param(expectedFrom)
			.query(Long.class).single();
		return new JournalVerification("exchange.accessLog", blocks, entries, unsealed, List.copyOf(findings));
	}

	private boolean anchored(Seal seal) {
		return audit.entry(seal.auditSeq())
			.filter(e -> "exchange.accessLogSealed".equals(e.action())
					&& String.valueOf(seal.block()).equals(e.objectId())
					&& seal.digest().equals(e.details().get("digest"))
					&& seal.toTx().equals(e.details().get("toTx"))
					&& String.valueOf(seal.entries()).equals(e.details().get("entries")))
			.isPresent();
	}

	private BlockDigest digest(String algorithm, String previous, String from, String to) {
		BlockDigest digest = BlockDigest.after(algorithm, previous);
		jdbc.sql(ROWS).params(from, to).query((ResultSet rs) -> {
			digest.add(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9),
					rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
		});
		return digest;
	}

	private Optional<Seal> last() {
		return jdbc.sql("select * from exchange_access_seal order by block desc limit 1").query(AccessLogSeals::toSeal)
			.optional();
	}

	private List<Seal> seals() {
		return jdbc.sql("select * from exchange_access_seal order by block").query(AccessLogSeals::toSeal).list();
	}

	private static Seal toSeal(ResultSet rs, int n) throws SQLException {
		return new Seal(rs.getLong("block"), rs.getString("from_tx"), rs.getString("to_tx"), rs.getLong("entries"),
				rs.getString("algorithm"), rs.getString("previous_digest"), rs.getString("digest"),
				rs.getLong("audit_seq"));
	}
}
