package org.govhall.licence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govhall.licence.HolderKind;
import org.govhall.licence.LicenceStatus;
import org.govhall.licence.LicenceUse;
import org.govhall.shared.database.SqlArrays;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The licences' tables: the register, their uses and share links. */
@Component
public class LicenceStore {

	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	LicenceStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A stored licence: what was issued, its credential and its status as the issuer set it. */
	public record Row(IssuedLicence licence, String credential, String kid, String status, String statusReason,
			Instant statusChangedAt, Instant createdAt) {

		/** The status today: an unrevoked, unsuspended licence past its last day is expired. */
		public LicenceStatus statusOn(LocalDate today) {
			LicenceStatus set = LicenceStatus.valueOf(status);
			LocalDate until = licence.validUntil();
			return set == LicenceStatus.VALID && until != null && today.isAfter(until) ? LicenceStatus.EXPIRED : set;
		}
	}

	/** A new licence's serial and its position in the status lists. */
	public record Numbers(long serial, int statusIndex) {
	}

	/** Serials and status list positions for {@code count} new licences, in one statement. */
	public List<Numbers> numbers(int count) {
		return jdbc.sql("""
				select nextval('licence_serial'), nextval('licence_status_index')::int from generate_series(1, ?)""")
			.param(count).query((rs, n) -> new Numbers(rs.getLong(1), rs.getInt(2))).list();
	}

	/**
	 * Writes licences in one statement; one for a case and item that already has its licence is skipped (the event
	 * heard twice). Answers the ids written.
	 */
	public List<UUID> insertAll(List<Map<String, Object>> rows, Instant now) {
		return jdbc.sql("""
				insert into licence (id, identifier, type_code, number, issuing_department, issuer_credit_code,
				    issuer_name, holder_kind, holder_name, holder_code, division_code, fields, issued_on, valid_from,
				    valid_until, case_number, item_code, issued_by, issue_reason, status_index, credential, kid,
				    created_at)
				select x.id, x.identifier, x.type_code, x.number, x.issuing_department, x.issuer_credit_code,
				    x.issuer_name, x.holder_kind, x.holder_name, x.holder_code, x.division_code, x.fields, x.issued_on,
				    x.valid_from, x.valid_until, x.case_number, x.item_code, x.issued_by, x.issue_reason,
				    x.status_index, x.credential, x.kid, ?
				from jsonb_to_recordset(?::jsonb) as x(id uuid, identifier text, type_code text, number text,
				    issuing_department text, issuer_credit_code text, issuer_name text, holder_kind text,
				    holder_name text, holder_code text, division_code text, fields jsonb, issued_on date,
				    valid_from date, valid_until date, case_number text, item_code text, issued_by text,
				    issue_reason text, status_index int, credential text, kid text)
				on conflict (case_number, item_code) where case_number is not null do nothing
				returning id""")
			.params(Timestamp.from(now), json.writeValueAsString(rows)).query(UUID.class).list();
	}

	/** The row a licence writes. */
	public static Map<String, Object> row(IssuedLicence l, Credentials.Signed signed) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("id", l.id());
		row.put("identifier", l.identifier());
		row.put("type_code", l.typeCode());
		row.put("number", l.number());
		row.put("issuing_department", l.issuingDepartment());
		row.put("issuer_credit_code", l.issuerCode());
		row.put("issuer_name", l.issuerName());
		row.put("holder_kind", l.holderKind().name());
		row.put("holder_name", l.holderName());
		row.put("holder_code", l.holderCode());
		row.put("division_code", l.divisionCode());
		row.put("fields", l.fields());
		row.put("issued_on", l.issuedOn().toString());
		row.put("valid_from", l.validFrom().toString());
		row.put("valid_until", l.validUntil() == null ? null : l.validUntil().toString());
		row.put("case_number", l.caseNumber());
		row.put("item_code", l.itemCode());
		row.put("issued_by", l.issuedBy());
		row.put("issue_reason", l.issueReason());
		row.put("status_index", l.statusIndex());
		row.put("credential", signed.jws());
		row.put("kid", signed.kid());
		return row;
	}

	public Optional<Row> find(UUID id) {
		return jdbc.sql(SELECT + " where l.id = ?").param(id).query(this::row).optional();
	}

	public Optional<Row> byIdentifier(String identifier) {
		return jdbc.sql(SELECT + " where l.identifier = ?").param(identifier).query(this::row).optional();
	}

	public Optional<Row> forCase(String caseNumber, String item) {
		return jdbc.sql(SELECT + " where l.case_number = ? and l.item_code = ?").params(caseNumber, item)
			.query(this::row).optional();
	}

	/** The licences of these holders (identity numbers and credit codes), newest first. */
	public List<Row> ofHolders(Collection<String> holderCodes) {
		if (holderCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where l.holder_code = any (?::varchar[]) order by l.issued_on desc, l.identifier")
			.param(SqlArrays.literal(holderCodes)).query(this::row).list();
	}

	/** A department's licences, newest first, optionally of one holder. */
	public List<Row> ofDepartment(String department, String holderCode, int page, int size) {
		return jdbc.sql(SELECT + """
				 where l.issuing_department = ? and (cast(? as varchar) is null or l.holder_code = ?)
				order by l.created_at desc, l.identifier offset ? limit ?""")
			.params(department, holderCode, holderCode, page * size, size).query(this::row).list();
	}

	/** Sets the status if it is still {@code from}; false when it was not. */
	public boolean changeStatus(UUID id, String from, LicenceStatus to, String reason, Instant now) {
		return jdbc.sql("""
				update licence set status = ?, status_reason = ?, status_changed_at = ?, version = version + 1
				where id = ? and status = ?""")
			.params(to.name(), reason, Timestamp.from(now), id, from).update() == 1;
	}

	/** The status indexes set for a purpose: revoked, or suspended. */
	public List<Integer> indexesWithStatus(LicenceStatus status) {
		return jdbc.sql("select status_index from licence where status = ?").param(status.name()).query(Integer.class)
			.list();
	}

	/** What changes the status lists: how many licences are not valid, and the latest change. */
	public String statusStamp() {
		return jdbc.sql("select count(*) || ':' || coalesce(max(status_changed_at)::text, '') from licence where status_changed_at is not null")
			.query(String.class).single();
	}

	public void recordUse(UUID licence, String kind, String usedBy, String caseNumber, String purpose, Instant at) {
		jdbc.sql("""
				insert into licence_use (licence_id, kind, used_by, case_number, purpose, used_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(licence, kind, usedBy, caseNumber, purpose, Timestamp.from(at)).update();
	}

	public List<LicenceUse> uses(UUID licence) {
		return jdbc.sql("""
				select kind, used_by, case_number, purpose, used_at from licence_use
				where licence_id = ? order by used_at desc, id desc limit 200""")
			.param(licence)
			.query((rs, n) -> new LicenceUse(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	public void share(String token, UUID licence, long account, Instant expires, Instant now) {
		jdbc.sql("""
				insert into licence_share (token, licence_id, created_by, expires_at, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(token, licence, account, Timestamp.from(expires), Timestamp.from(now)).update();
	}

	/** The licence a share link leads to, while it has not expired. */
	public Optional<UUID> shared(String token, Instant now) {
		return jdbc.sql("select licence_id from licence_share where token = ? and expires_at > ?")
			.params(token, Timestamp.from(now)).query(UUID.class).optional();
	}

	private static final String SELECT = """
			select l.*, t.name_zh as type_name from licence l join licence_type t on t.code = l.type_code""";

	private Row row(ResultSet rs, int n) throws SQLException {
		java.sql.Date until = rs.getDate("valid_until");
		IssuedLicence l = new IssuedLicence(rs.getObject("id", UUID.class), rs.getString("identifier"),
				rs.getString("type_code"), rs.getString("type_name"), rs.getString("number"),
				rs.getString("issuing_department"), rs.getString("issuer_credit_code"), rs.getString("issuer_name"),
				HolderKind.valueOf(rs.getString("holder_kind")), rs.getString("holder_name"),
				rs.getString("holder_code"), rs.getString("division_code"),
				json.readValue(rs.getString("fields"), TEXTS), rs.getDate("issued_on").toLocalDate(),
				rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
				rs.getInt("status_index"), rs.getString("case_number"), rs.getString("item_code"),
				rs.getString("issued_by"), rs.getString("issue_reason"));
		Timestamp changed = rs.getTimestamp("status_changed_at");
		return new Row(l, rs.getString("credential"), rs.getString("kid"), rs.getString("status"),
				rs.getString("status_reason"), changed == null ? null : changed.toInstant(),
				rs.getTimestamp("created_at").toInstant());
	}
}
