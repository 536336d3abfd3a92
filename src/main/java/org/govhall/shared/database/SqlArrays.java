package org.govhall.shared.database;

import java.util.Collection;

/**
 * PostgreSQL array literals for text arrays bound as one parameter ({@code ?::varchar[]}), every element quoted
 * and escaped, so that a value can never break out of the literal.
 */
public final class SqlArrays {

	private SqlArrays() {
	}

	public static String literal(Collection<String> values) {
		StringBuilder out = new StringBuilder("{");
		for (String v : values) {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return out.append('}').toString();
	}
}
