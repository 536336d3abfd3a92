package org.govhall.identity;

import java.util.Locale;

/**
 * A department (部门) as other modules see it.
 *
 * @param id the department's identifier
 * @param code a short stable code, e.g. {@code SCJG}
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param creditCode its unified social credit code (GB 32100)
 * @param divisionCode the administrative division it serves (GB/T 2260)
 */
public record DepartmentSummary(long id, String code, String nameZh, String nameEn, String creditCode,
		String divisionCode) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
