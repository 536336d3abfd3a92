package org.govhall.supervision;

import java.time.Instant;
import java.util.Locale;

/**
 * Something supervision told a department's heads or the supervisors in the hall (and by text message).
 *
 * @param department the department whose heads were told, or null for the supervisors
 * @param kind {@code WARNINGS}, {@code NOTICE}, {@code ESCALATED} or {@code ANSWERED}
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 * @param link where to act on it
 * @param createdAt when
 */
public record Alert(String department, String kind, String messageZh, String messageEn, String link,
		Instant createdAt) {

	public String message(Locale locale) {
		return "en".equals(locale.getLanguage()) ? messageEn : messageZh;
	}
}
