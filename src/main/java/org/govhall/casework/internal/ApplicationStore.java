package org.govhall.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govhall.casework.ApplicantKind;
import org.govhall.casework.MaterialRequirement;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications and their uploaded materials ({@code casework_application}, {@code casework_material}). */
@Repository
public class ApplicationStore {

	private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MaterialFileStore files;

	private final DataFolderFiles folder;

	ApplicationStore(JdbcClient jdbc, JsonMapper json, MaterialFileStore files, DataFolderFiles folder) {
		this.files = files;
		this.folder = folder;
		this.jdbc = jdbc;
		this.json = json;
	}

	/** An application as stored. */
	public record Row(UUID id, ApplicantKind kind, long personAccount, String personName, String personIdNumber,
			Long companyAccount, String creditCode, String companyName, String itemCode, Integer itemVersion,
			String bundleCode, String title, String status, Map<String, String> answers, Map<String, String> verified,
			Map<String, String> verifiedFrom, String windowClerk, Instant createdAt, Instant updatedAt, int version) {
	}

	public void insert(Row row) {
		jdbc.sql("""
				insert into casework_application (id, applicant_kind, person_account, person_name, person_id_number,
				    company_account, credit_code, company_name, item_code, item_version, bundle_code, title, status,
				    answers, verified, verified_from, window_clerk, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?)""")
			.params(row.id(), row.kind().name(), row.personAccount(), row.personName(), row.personIdNumber(),
					row.companyAccount(), row.creditCode(), row.companyName(), row.itemCode(), row.itemVersion(),
					row.bundleCode(), row.title(), json.writeValueAsString(row.answers()),
					json.writeValueAsString(row.verified()), json.writeValueAsString(row.verifiedFrom()),
					row.windowClerk(), Timestamp.from(row.createdAt()), Timestamp.from(row.updatedAt()))
			.update();
	}

	public Optional<Row> byId(UUID id) {
		return jdbc.sql("select * from casework_application where id = ?").param(id).query(this::row).optional();
	}

	/** Locks the application for a submission or a change: concurrent ones wait, then see the result. */
	public Optional<Row> lock(UUID id) {
		return jdbc.sql("select * from casework_application where id = ? for update").param(id).query(this::row)
			.optional();
	}

	/** The person's drafts, newest first. */
	public List<Row> draftsOf(long personAccount) {
		return jdbc.sql("""
				select * from casework_application where person_account = ? and status = 'DRAFT'
				order by updated_at desc limit 50""").param(personAccount).query(this::row).list();
	}

	/** The drafts a window clerk registered for people at the counter, newest first. */
	public List<Row> draftsAtWindow(String clerk) {
		return jdbc.sql("""
				select * from casework_application where window_clerk = ? and status = 'DRAFT'
				order by updated_at desc limit 50""").param(clerk).query(this::row).list();
	}

	/** Saves answers if the application is still at {@code version}; false when somebody saved in between. */
	public boolean saveAnswers(UUID id, int version, Map<String, String> answers, Instant now) {
		return jdbc.sql("""
				update casework_application set answers = ?::jsonb, updated_at = ?, version = version + 1
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(json.writeValueAsString(answers), Timestamp.from(now), id, version).update() == 1;
	}

	/** Saves corrected answers of a submitted application (a correction), whatever its version. */
	public void correctAnswers(UUID id, Map<String, String> answers, Instant now) {
		jdbc.sql("""
				update casework_application set answers = ?::jsonb, updated_at = ?, version = version + 1
				where id = ?""").params(json.writeValueAsString(answers), Timestamp.from(now), id).update();
	}

	public void markSubmitted(UUID id, Instant now) {
		jdbc.sql("update casework_application set status = 'SUBMITTED', updated_at = ?, version = version + 1 where id = ?")
			.params(Timestamp.from(now), id).update();
	}

	public boolean discard(UUID id, Instant now) {
		return jdbc.sql("""
				update casework_application set status = 'DISCARDED', updated_at = ?, version = version + 1
				where id = ? and status = 'DRAFT'""").params(Timestamp.from(now), id).update() == 1;
	}

	/** Stores a material's file, replacing an earlier one. */
	public void putMaterial(UUID id, String key, String fileName, String contentType, byte[] content, String sha256,
			Instant now) {
		putMaterial(id, key, fileName, contentType, content, sha256, null, now);
	}

	/** Stores a material's file or attached licence ({@code licenceIdentifier}), replacing an earlier one. */
	public void putMaterial(UUID id, String key, String fileName, String contentType, byte[] content, String sha256,
			String licenceIdentifier, Instant now) {
		if (!files.inDatabase()) {
			files.put(sha256, content);
		}
		jdbc.sql("""
				insert into casework_material (application_id, material_key, file_name, content_type, size_bytes, sha256,
				    content, stored_in, licence_identifier, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (application_id, material_key) do update set file_name = excluded.file_name,
				    content_type = excluded.content_type, size_bytes = excluded.size_bytes, sha256 = excluded.sha256,
				    content = excluded.content, stored_in = excluded.stored_in,
				    licence_identifier = excluded.licence_identifier, uploaded_at = excluded.uploaded_at""")
			.params(id, key, fileName, contentType, content.length, sha256, files.inDatabase() ? content : null,
					files.kind(), licenceIdentifier, Timestamp.from(now)).update();
		jdbc.sql("update casework_application set updated_at = ?, version = version + 1 where id = ?")
			.params(Timestamp.from(now), id).update();
	}

	public boolean removeMaterial(UUID id, String key) {
		return jdbc.sql("delete from casework_material where application_id = ? and material_key = ?").params(id, key)
			.update() == 1;
	}

	/** The uploaded files' descriptions by material key. */
	public Map<String, MaterialRequirement.UploadedFile> materialsOf(UUID id) {
		Map<String, MaterialRequirement.UploadedFile> files = new LinkedHashMap<>();
		jdbc.sql("""
				select material_key, file_name, content_type, size_bytes, sha256, licence_identifier from casework_material
				where application_id = ? order by material_key""").param(id)
			.query((ResultSet rs) -> {
				files.put(rs.getString("material_key"), new MaterialRequirement.UploadedFile(rs.getString("file_name"),
						rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
						rs.getString("licence_identifier")));
			});
		return files;
	}

	/** A material's file: its type and bytes. */
	public record StoredFile(String fileName, String contentType, byte[] content) {
	}

	public Optional<StoredFile> material(UUID id, String key) {
		return jdbc.sql("""
				select file_name, content_type, content, stored_in, sha256 from casework_material
				where application_id = ? and material_key = ?""").params(id, key)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), "DATABASE".equals(rs.getString(4))
					? rs.getBytes(3) : bytesOf(rs.getString(5))))
			.optional();
	}

	/**
	 * The bytes the data folder keeps under a digest (also after the hall went back to the database for new files);
	 * a missing file is a fault of the deployment, and said so.
	 */
	private byte[] bytesOf(String sha256) {
		return folder.get(sha256).orElseThrow(() -> new IllegalStateException("The material file " + sha256
				+ " is missing from the data folder"));
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		long company = rs.getLong("company_account");
		Long companyAccount = rs.wasNull() ? null : company;
		int itemVersion = rs.getInt("item_version");
		Integer version = rs.wasNull() ? null : itemVersion;
		return new Row(rs.getObject("id", UUID.class), ApplicantKind.valueOf(rs.getString("applicant_kind")),
				rs.getLong("person_account"), rs.getString("person_name"), rs.getString("person_id_number"),
				companyAccount, rs.getString("credit_code"), rs.getString("company_name"), rs.getString("item_code"),
				version, rs.getString("bundle_code"), rs.getString("title"), rs.getString("status"),
				json.readValue(rs.getString("answers"), TEXTS), json.readValue(rs.getString("verified"), TEXTS),
				json.readValue(rs.getString("verified_from"), TEXTS), rs.getString("window_clerk"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}
}
