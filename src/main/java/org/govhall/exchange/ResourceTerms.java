package org.govhall.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The closed vocabularies of the resource catalogue (资源目录的取值范围): which registers a resource may read (the
 * base registers, and the registers other modules keep, such as the licences),
 * the subject key and the columns of each, and the sharing types, open types, update cycles, formats and field
 * types a resource may name, with what each means for DCAT harvesters (EU frequency, IANA media type).
 */
public final class ResourceTerms {

	/** 共享类型: 无条件共享, 有条件共享, 不予共享. */
	public static final List<String> SHARING_TYPES = List.of("UNCONDITIONAL", "CONDITIONAL", "NOT_SHARED");

	/** 开放类型 (for the open-data portal). */
	public static final List<String> OPEN_TYPES = List.of("OPEN", "CONDITIONAL_OPEN", "NOT_OPEN");

	/** 更新周期, each with its term of the EU frequency vocabulary. */
	private static final Map<String, String> FREQUENCIES = Map.of("REAL_TIME", "UPDATE_CONT", "DAILY", "DAILY",
			"WEEKLY", "WEEKLY", "MONTHLY", "MONTHLY", "QUARTERLY", "QUARTERLY", "ANNUAL", "ANNUAL");

	/** 更新周期, from the most to the least frequent. */
	public static final List<String> UPDATE_CYCLES = List.of("REAL_TIME", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY",
			"ANNUAL");

	/** 资源格式: answered by the gateway's API, a database table, or a file; each with its IANA media type. */
	private static final Map<String, String> MEDIA_TYPES = Map.of("API", "application/json", "DATABASE",
			"application/sql", "FILE", "text/csv");

	public static final List<String> FORMATS = List.of("API", "DATABASE", "FILE");

	/** Field types, each with its XML Schema datatype. */
	private static final Map<String, String> XSD_TYPES = Map.of("STRING", "string", "DATE", "date", "DECIMAL",
			"decimal");

	public static final List<String> DATA_TYPES = List.of("STRING", "DATE", "DECIMAL");

	/** The base registers a resource may read. */
	public static final List<String> REGISTERS = List.of("PERSON", "LEGAL_PERSON", "ADDRESS", "LICENCE");

	/** The subject key of each register: the key a lookup names. */
	private static final Map<String, String> SUBJECT_KEYS = Map.of("PERSON", "ID_NUMBER", "LEGAL_PERSON",
			"CREDIT_CODE", "ADDRESS", "ADDRESS_CODE", "LICENCE", "LICENCE_ID");

	public static final List<String> SUBJECT_KEY_VALUES = List.of("ID_NUMBER", "CREDIT_CODE", "ADDRESS_CODE",
			"LICENCE_ID");

	/** A column of a base register that a resource may expose: its type and greatest length. */
	public record Column(String dataType, int length) {
	}

	private static final Map<String, Map<String, Column>> COLUMNS = Map.of("PERSON",
			Map.of("name", text(50), "gender", text(6), "birth_date", new Column("DATE", 10), "ethnicity", text(20),
					"household_division", text(6), "household_address", text(200), "marital_status", text(12),
					"social_security_status", text(20), "mobile", text(20)),
			"LEGAL_PERSON",
			Map.of("name", text(200), "type", text(40), "legal_representative_id", text(18), "legal_representative",
					text(50), "registered_capital", new Column("DECIMAL", 18), "established_on",
					new Column("DATE", 10), "division_code", text(6), "address", text(200), "business_scope",
					text(1000), "status", text(12)),
			"ADDRESS",
			Map.of("address", text(200), "division_code", text(6), "street", text(60), "house_number", text(20),
					"longitude", new Column("DECIMAL", 10), "latitude", new Column("DECIMAL", 10), "grid_cell",
					text(20)),
			// 电子证照库, kept by the licence module (a held register), keyed by 电子证照标识
			"LICENCE",
			Map.of("type_code", text(21), "type_name", text(100), "number", text(40), "holder_name", text(200),
					"holder_code", text(18), "issuer_name", text(100), "issued_on", new Column("DATE", 10),
					"valid_until", new Column("DATE", 10), "status", text(10)));

	private ResourceTerms() {
	}

	/** The subject key a resource over {@code register} must name. */
	public static Optional<String> subjectKeyOf(String register) {
		return Optional.ofNullable(register == null ? null : SUBJECT_KEYS.get(register));
	}

	/** The columns of a register that a resource may expose. */
	public static java.util.Set<String> columns(String register) {
		return COLUMNS.getOrDefault(register, Map.of()).keySet();
	}

	/** A register's column of that name, if a resource may expose it. */
	public static Optional<Column> column(String register, String name) {
		Map<String, Column> columns = register == null ? null : COLUMNS.get(register);
		return Optional.ofNullable(columns == null || name == null ? null : columns.get(name));
	}

	/** The EU frequency vocabulary's address for an update cycle. */
	public static String frequency(String updateCycle) {
		return "http://publications.europa.eu/resource/authority/frequency/"
				+ FREQUENCIES.getOrDefault(updateCycle, "UNKNOWN");
	}

	/** The IANA media type of a format. */
	public static String mediaType(String format) {
		return MEDIA_TYPES.getOrDefault(format, "application/octet-stream");
	}

	/** The XML Schema datatype of a field type. */
	public static String xsdType(String dataType) {
		return XSD_TYPES.getOrDefault(dataType, "string");
	}

	private static Column text(int length) {
		return new Column("STRING", length);
	}
}
