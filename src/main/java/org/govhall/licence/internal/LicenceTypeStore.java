package org.govhall.licence.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.govhall.licence.HolderKind;
import org.govhall.licence.LicenceType;
import org.govhall.shared.database.SqlArrays;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The licence types' table. */
@Component
public class LicenceTypeStore {

	private static final TypeReference<List<LicenceType.Field>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	LicenceTypeStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public List<LicenceType> all() {
		return jdbc.sql("select * from licence_type order by code").query(this::type).list();
	}

	public Optional<LicenceType> find(String code) {
		return jdbc.sql("select * from licence_type where code = ?").param(code).query(this::type).optional();
	}

	/** Adds types that do not exist yet, in one statement; answers how many were added. */
	public int addAll(List<LicenceType> types, Instant now) {
		if (types.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				insert into licence_type (code, name_zh, name_en, defining_authority, issuing_department, holder_kind,
				    validity_years, fields, proves, template, created_at, updated_at)
				select x.code, x.name_zh, x.name_en, x.defining_authority, x.issuing_department, x.holder_kind,
				    x.validity_years, x.fields, array(select jsonb_array_elements_text(x.proves)), x.template, ?, ?
				from jsonb_to_recordset(?::jsonb) as x(code text, name_zh text, name_en text, defining_authority text,
				    issuing_department text, holder_kind text, validity_years int, fields jsonb, proves jsonb, template text)
				on conflict (code) do nothing""")
			.params(Timestamp.from(now), Timestamp.from(now), json.writeValueAsString(types.stream().map(t -> {
				var row = new java.util.LinkedHashMap<String, Object>();
				row.put("code", t.code());
				row.put("name_zh", t.nameZh());
				row.put("name_en", t.nameEn());
				row.put("defining_authority", t.definingAuthority());
				row.put("issuing_department", t.issuingDepartment());
				row.put("holder_kind", t.holderKind().name());
				row.put("validity_years", t.validityYears());
				row.put("fields", t.fields());
				row.put("proves", t.proves());
				row.put("template", t.template().name());
				return row;
			}).toList()))
			.update();
	}

	/** Changes a type if it is still at the version read; false otherwise. */
	public boolean update(LicenceType t, Instant now) {
		return jdbc.sql("""
				update licence_type set name_zh = ?, name_en = ?, defining_authority = ?, issuing_department = ?,
				    holder_kind = ?, validity_years = ?, fields = ?::jsonb, proves = ?::text[], template = ?,
				    updated_at = ?, version = version + 1
				where code = ? and version = ?""")
			.params(t.nameZh(), t.nameEn(), t.definingAuthority(), t.issuingDepartment(), t.holderKind().name(),
					t.validityYears(), json.writeValueAsString(t.fields()), SqlArrays.literal(t.proves()),
					t.template().name(), Timestamp.from(now), t.code(), t.version())
			.update() == 1;
	}

	/** The types whose licences prove a material of this source name. */
	public List<LicenceType> proving(String materialSource) {
		return jdbc.sql("select * from licence_type where ? = any (proves) order by code").param(materialSource)
			.query(this::type).list();
	}

	private LicenceType type(ResultSet rs, int n) throws SQLException {
		Integer years = rs.getObject("validity_years", Integer.class);
		return new LicenceType(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
				rs.getString("defining_authority"), rs.getString("issuing_department"),
				HolderKind.valueOf(rs.getString("holder_kind")), years, json.readValue(rs.getString("fields"), FIELDS),
				Arrays.asList((String[]) rs.getArray("proves").getArray()),
				LicenceType.Template.valueOf(rs.getString("template")), rs.getInt("version"));
	}
}
