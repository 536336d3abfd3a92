package org.govhall.shared.identifiers;

import java.time.LocalDate;

/**
 * An administrative division (行政区划, GB/T 2260), current or historical.
 *
 * @param code six digits
 * @param name its Chinese name
 * @param level province, prefecture or county level
 * @param parentCode the division it belongs to, or null for a province
 * @param validFrom when it was created, if known
 * @param validTo when it was abolished; null while current
 * @param successorCode the division that took it over, for an abolished one
 */
public record Division(String code, String name, Level level, String parentCode, LocalDate validFrom,
		LocalDate validTo, String successorCode) {

	/** The three levels GB/T 2260 codes. */
	public enum Level {
		PROVINCE, PREFECTURE, COUNTY
	}

	public boolean current() {
		return validTo == null;
	}
}
