package org.govhall.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers (办件编号): {@code {division}{yyyyMMdd}{sequence}{check}} — the six-digit GB/T 2260 code of the
 * division the item serves, the day of submission, the day's six-digit sequence number in that division and an
 * ISO 7064 MOD 11-2 check character (0–9 or X, as in identity numbers), 21 characters in all, e.g.
 * {@code 310000202612070000017}. Read aloud over the phone and typed at the counter, so digits only and a check
 * that catches every single wrong digit and every swap of neighbours.
 */
@Component
public class CaseNumbers {

	private static final Pattern FORM = Pattern.compile("\\d{20}[0-9X]");

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final JdbcClient jdbc;

	CaseNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number of the day in the division, inside the caller's transaction (the row lock orders them). */
	public String next(String divisionCode, LocalDate day) {
		int sequence = jdbc.sql("""
				insert into casework_number_sequence (division_code, day, last_value) values (?, ?, 1)
				on conflict (division_code, day) do update set last_value = casework_number_sequence.last_value + 1
				returning last_value""").params(divisionCode, day).query(Integer.class).single();
		return format(divisionCode, day, sequence);
	}

	public static String format(String divisionCode, LocalDate day, int sequence) {
		if (sequence < 1 || sequence > 999_999) {
			throw new IllegalArgumentException("a day's sequence runs from 1 to 999999: " + sequence);
		}
		String body = divisionCode + day.format(DAY) + String.format("%06d", sequence);
		return body + checkCharacter(body);
	}

	/** Whether {@code number} has the form and check character of a case number. */
	public static boolean wellFormed(String number) {
		return number != null && FORM.matcher(number).matches()
				&& checkCharacter(number.substring(0, 20)) == number.charAt(20);
	}

	/** ISO 7064 MOD 11-2 over the digits. */
	static char checkCharacter(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			sum = (sum + (digits.charAt(i) - '0')) * 2 % 11;
		}
		int check = (12 - sum % 11) % 11;
		return check == 10 ? 'X' : (char) ('0' + check);
	}
}
