package org.govhall.exchange.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The base registers a resource can read, with the table, the subject key a lookup names, and the columns a
 * resource may expose. Table and column names come only from here, so they are safe to put into SQL.
 */
public enum Register {

	/** 人口库, keyed by identity number. */
	PERSON("exchange_person", "id_number", "ID_NUMBER", Set.of("name", "gender", "birth_date", "ethnicity",
			"household_division", "household_address", "marital_status", "social_security_status", "mobile")),

	/** 法人库, keyed by unified social credit code. */
	LEGAL_PERSON("exchange_legal_person", "credit_code", "CREDIT_CODE", Set.of("name", "type",
			"legal_representative_id", "legal_representative", "registered_capital", "established_on",
			"division_code", "address", "business_scope", "status")),

	/** 空间地理库, keyed by standard address code. */
	ADDRESS("exchange_address", "address_code", "ADDRESS_CODE", Set.of("address", "division_code", "street",
			"house_number", "longitude", "latitude", "grid_cell"));

	private final String table;

	private final String key;

	private final String subjectKey;

	private final Set<String> columns;

	Register(String table, String key, String subjectKey, Set<String> columns) {
		this.table = table;
		this.key = key;
		this.subjectKey = subjectKey;
		this.columns = columns;
	}

	public static Optional<Register> named(String name) {
		return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
	}

	public String table() {
		return table;
	}

	/** The key column. */
	public String key() {
		return key;
	}

	/** The subject key a resource over this register names: ID_NUMBER, CREDIT_CODE or ADDRESS_CODE. */
	public String subjectKey() {
		return subjectKey;
	}

	public Set<String> columns() {
		return columns;
	}

	/** The column of a field, refused unless the register has it (the name then becomes SQL). */
	public String column(String field) {
		if (!columns.contains(field)) {
			throw new IllegalStateException(this + " has no column " + field);
		}
		return field;
	}
}
