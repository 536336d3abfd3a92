package org.govhall.exchange.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.govhall.exchange.AccessGrant;
import org.govhall.exchange.DataResource;
import org.govhall.exchange.GrantStatus;
import org.govhall.shared.database.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The resource catalogue and grant tables. */
@Repository
public class ResourceStore {

	private final JdbcClient jdbc;

	private final Map<String, DataResource> remembered = new ConcurrentHashMap<>();

	ResourceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from exchange_resource)").query(Boolean.class).single();
	}

	public void insert(DataResource r, Instant now) {
		jdbc.sql("""
				insert into exchange_resource (code, name, provider_department, description, register, subject_key,
				    sharing_type, not_shared_basis, open_type, update_cycle, format, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.code(), r.name(), r.providerDepartment(), r.description(), r.register(), r.subjectKey(),
					r.sharingType(), r.notSharedBasis(), r.openType(), r.updateCycle(), r.format(), Timestamp.from(now))
			.update();
		int position = 0;
		for (DataResource.Field f : r.fields()) {
			jdbc.sql("""
					insert into exchange_resource_field (resource_code, name, label, data_type, length, description,
					    personal, sensitive, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(r.code(), f.name(), f.label(), f.dataType(), f.length(), f.description(), f.personal(),
						f.sensitive(), position++)
				.update();
		}
	}

	public List<DataResource> resources() {
		return jdbc.sql("select * from exchange_resource order by code").query((rs, n) -> resource(rs)).list();
	}

	/**
	 * A resource as this node remembers it: resources are never changed or removed once published, so a
	 * remembered one is always right.
	 */
	public Optional<DataResource> cached(String code) {
		DataResource known = remembered.get(code);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<DataResource> read = resource(code);
		read.ifPresent(r -> remembered.put(code, r));
		return read;
	}

	public Optional<DataResource> resource(String code) {
		return jdbc.sql("select * from exchange_resource where code = ?").param(code).query((rs, n) -> resource(rs))
			.optional();
	}

	private DataResource resource(ResultSet rs) throws SQLException {
		String code = rs.getString("code");
		List<DataResource.Field> fields = jdbc.sql("select * from exchange_resource_field where resource_code = ?"
				+ " order by position").param(code)
			.query((f, n) -> new DataResource.Field(f.getString("name"), f.getString("label"), f.getString("data_type"),
					f.getInt("length"), f.getString("description"), f.getBoolean("personal"), f.getBoolean("sensitive")))
			.list();
		return new DataResource(code, rs.getString("name"), rs.getString("provider_department"),
				rs.getString("description"), rs.getString("register"), rs.getString("subject_key"),
				rs.getString("sharing_type"), rs.getString("not_shared_basis"), rs.getString("open_type"),
				rs.getString("update_cycle"), rs.getString("format"), fields);
	}

	/**
	 * A department's request for access.
	 *
	 * @param resource the resource
	 * @param consumer the consuming department
	 * @param fields the fields asked for
	 * @param serviceItems the implementation codes of the service items the access serves
	 * @param purpose what for
	 * @param legalBasis on what legal basis
	 * @param validUntil until when
	 * @param sync whether the consumer also asks to replicate through the change feed
	 * @param requestedBy who asked
	 * @param at when
	 */
	public record NewGrant(String resource, String consumer, Collection<String> fields, Collection<String> serviceItems,
			String purpose, String legalBasis, LocalDate validUntil, boolean sync, String requestedBy, Instant at) {
	}

	public long insertGrant(NewGrant g) {
		return jdbc.sql("""
				insert into exchange_grant (resource_code, consumer_department, fields, service_items, purpose,
				    legal_basis, valid_until, sync, status, requested_by, requested_at)
				values (?, ?, ?::varchar[], ?::varchar[], ?, ?, ?, ?, 'REQUESTED', ?, ?) returning id""")
			.params(g.resource(), g.consumer(), SqlArrays.literal(g.fields()), SqlArrays.literal(g.serviceItems()),
					g.purpose(), g.legalBasis(), g.validUntil(), g.sync(), g.requestedBy(), Timestamp.from(g.at()))
			.query(Long.class).single();
	}

	/**
	 * Grants a request as decided, and marks every other grant in force for the same resource and consumer as
	 * superseded by it; answers the ids superseded.
	 */
	public List<Long> grant(long id, Collection<String> fields, Collection<String> masked, LocalDate validUntil,
			boolean sync, String by, String reason, Instant at) {
		jdbc.sql("""
				update exchange_grant set status = 'GRANTED', fields = ?::varchar[], masked_fields = ?::varchar[],
				    valid_until = ?, sync = ?, decided_by = ?, decided_at = ?, decision_reason = ?
				where id = ?""")
			.params(SqlArrays.literal(fields), SqlArrays.literal(masked), validUntil, sync, by, Timestamp.from(at),
					reason, id)
			.update();
		return jdbc.sql("""
				update exchange_grant old set status = 'SUPERSEDED', superseded_by = new.id
				from exchange_grant new
				where new.id = ? and old.resource_code = new.resource_code
				  and old.consumer_department = new.consumer_department and old.status = 'GRANTED' and old.id <> new.id
				returning old.id""").param(id).query(Long.class).list();
	}

	/** Ends a request or grant: REFUSED or REVOKED, by whom and why. */
	public void close(long id, GrantStatus status, String by, String reason, Instant at) {
		jdbc.sql("update exchange_grant set status = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ?")
			.params(status.name(), by, Timestamp.from(at), reason, id).update();
	}

	public Optional<AccessGrant> grant(long id) {
		return jdbc.sql("select * from exchange_grant where id = ?").param(id).query((rs, n) -> grant(rs)).optional();
	}

	/** The newest granted access of a department to a resource that is still valid on {@code day}. */
	public Optional<AccessGrant> activeGrant(String resource, String consumer, LocalDate day) {
		return jdbc.sql("""
				select * from exchange_grant
				where resource_code = ? and consumer_department = ? and status = 'GRANTED' and valid_until >= ?
				order by id desc limit 1""").params(resource, consumer, day).query((rs, n) -> grant(rs)).optional();
	}

	public List<AccessGrant> grantsOfConsumer(String consumer) {
		return jdbc.sql("select * from exchange_grant where consumer_department = ? order by id desc")
			.param(consumer).query((rs, n) -> grant(rs)).list();
	}

	public List<AccessGrant> grantsOfProvider(String provider) {
		return jdbc.sql("""
				select g.* from exchange_grant g join exchange_resource r on r.code = g.resource_code
				where r.provider_department = ? order by g.id desc""").param(provider).query((rs, n) -> grant(rs)).list();
	}

	private static AccessGrant grant(ResultSet rs) throws SQLException {
		Timestamp requested = rs.getTimestamp("requested_at");
		return new AccessGrant(rs.getLong("id"), rs.getString("resource_code"), rs.getString("consumer_department"),
				strings(rs.getArray("fields")), strings(rs.getArray("masked_fields")), rs.getString("purpose"),
				rs.getString("legal_basis"), rs.getDate("valid_until").toLocalDate(), GrantStatus.valueOf(rs.getString("status")),
				rs.getString("requested_by"), requested.toInstant(), rs.getString("decided_by"),
				rs.getString("decision_reason"), strings(rs.getArray("service_items")), rs.getBoolean("sync"),
				rs.getObject("superseded_by", Long.class));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
