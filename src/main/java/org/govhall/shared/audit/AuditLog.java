package org.govhall.shared.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit chain's table. Appends take a transaction-scoped advisory lock so that entries from every node form
 * one chain; the lock is released when the business transaction commits or rolls back, so a rolled-back change
 * leaves no entry and no gap.
 */
@Repository
class AuditLog {

	static final long CHAIN_LOCK = 0x60_71_22_60L;

	private static final int BATCH = 2_000;

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditLog(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Appends the entry that {@code next} makes from the last entry of the chain. */
	AuditEntry append(UnaryOperator<AuditEntry> next) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
		AuditEntry last = jdbc.sql("select seq, hash from shared_audit_entry order by seq desc limit 1")
			.query((rs, n) -> new AuditEntry(rs.getLong(1), null, null, null, null, null, null, null, null, Map.of(),
					null, null, null, rs.getString(2)))
			.optional()
			.orElse(new AuditEntry(0, null, null, null, null, null, null, null, null, Map.of(), null, null, null,
					AuditEntry.GENESIS));
		AuditEntry entry = next.apply(last);
		jdbc.sql("""
				insert into shared_audit_entry (seq, occurred_at, actor, acting_for, action, object_type, object_id,
				  purpose, outcome, details, client_address, algorithm, previous_hash, hash)
				values (:seq, :at, :actor, :actingFor, :action, :objectType, :objectId, :purpose, :outcome,
				  cast(:details as jsonb), :client, :algorithm, :previous, :hash)""")
			.param("seq", entry.seq())
			.param("at", Timestamp.from(entry.occurredAt()))
			.param("actor", entry.actor())
			.param("actingFor", entry.actingFor())
			.param("action", entry.action())
			.param("objectType", entry.objectType())
			.param("objectId", entry.objectId())
			.param("purpose", entry.purpose())
			.param("outcome", entry.outcome().name())
			.param("details", json.writeValueAsString(entry.details()))
			.param("client", entry.clientAddress())
			.param("algorithm", entry.algorithm())
			.param("previous", entry.previousHash())
			.param("hash", entry.hash())
			.update();
		return entry;
	}

	AuditPage search(AuditQuery q) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new java.util.HashMap<>();
		criterion(where, params, "actor", "actor = :actor", q.actor());
		criterion(where, params, "action", "action = :action", q.action());
		criterion(where, params, "objectType", "object_type = :objectType", q.objectType());
		criterion(where, params, "objectId", "object_id = :objectId", q.objectId());
		if (q.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(q.from()));
		}
		if (q.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", Timestamp.from(q.to()));
		}
		long total = jdbc.sql("select count(*) from shared_audit_entry" + where).params(params)
			.query(Long.class).single();
		List<AuditEntry> entries = jdbc
			.sql("select * from shared_audit_entry" + where + " order by seq desc limit :size offset :offset")
			.params(params)
			.param("size", q.size())
			.param("offset", (long) q.page() * q.size())
			.query(this::map)
			.list();
		return new AuditPage(entries, total, q.page(), q.size());
	}

	/** The chain's newest entry: its sequence number, hash and algorithm. */
	record Head(long seq, String hash, String algorithm) {
	}

	Optional<Head> head() {
		return jdbc.sql("select seq, hash, algorithm from shared_audit_entry order by seq desc limit 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	/** The hashes of the entries with these sequence numbers; absent entries are left out. */
	Map<Long, String> hashes(List<Long> seqs) {
		Map<Long, String> hashes = new java.util.HashMap<>();
		jdbc.sql("select seq, hash from shared_audit_entry where seq = any(?)")
			.param(seqs.toArray(Long[]::new))
			.query((ResultSet rs) -> {
				hashes.put(rs.getLong(1), rs.getString(2));
			});
		return hashes;
	}

	Optional<AuditEntry> entry(long seq) {
		return jdbc.sql("select * from shared_audit_entry where seq = ?").param(seq).query(this::map).optional();
	}

	void forEachInOrder(Consumer<AuditEntry> consumer) {
		long after = 0;
		while (true) {
			List<AuditEntry> batch = new ArrayList<>(jdbc
				.sql("select * from shared_audit_entry where seq > ? order by seq limit ?")
				.param(after)
				.param(BATCH)
				.query(this::map)
				.list());
			batch.forEach(consumer);
			if (batch.size() < BATCH) {
				return;
			}
			after = batch.get(batch.size() - 1).seq();
		}
	}

	private static void criterion(StringBuilder where, Map<String, Object> params, String name, String sql,
			String value) {
		if (value != null && !value.isBlank()) {
			where.append(" and ").append(sql);
			params.put(name, value.trim());
		}
	}

	private AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("acting_for"), rs.getString("action"), rs.getString("object_type"),
				rs.getString("object_id"), rs.getString("purpose"), AuditOutcome.valueOf(rs.getString("outcome")),
				json.readValue(rs.getString("details"), DETAILS), rs.getString("client_address"),
				rs.getString("algorithm"), rs.getString("previous_hash"), rs.getString("hash"));
	}
}
