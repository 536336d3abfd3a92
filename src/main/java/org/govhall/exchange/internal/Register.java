package org.govhall.exchange.internal;

import java.util.Arrays;
import java.util.Optional;

import org.govhall.exchange.ResourceTerms;

/**
 * Where the base registers a resource can read are kept: the table and the key column a lookup names. Which
 * columns a resource may expose is {@link ResourceTerms}'; table and column names come only from here and from
 * there, so they are safe to put into SQL.
 */
public enum Register {

	/** 人口库, keyed by identity number. */
	PERSON("exchange_person", "id_number"),

	/** 法人库, keyed by unified social credit code. */
	LEGAL_PERSON("exchange_legal_person", "credit_code"),

	/** 空间地理库, keyed by standard address code. */
	ADDRESS("exchange_address", "address_code");

	private final String table;

	private final String key;

	Register(String table, String key) {
		this.table = table;
		this.key = key;
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

	/** The column of a field, refused unless the register has it (the name then becomes SQL). */
	public String column(String field) {
		if (ResourceTerms.column(name(), field).isEmpty()) {
			throw new IllegalStateException(this + " has no column " + field);
		}
		return field;
	}
}
