package org.govhall.shared.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a calendar file: a {@code year YYYY} line, then {@code off FROM[..TO] name} for holidays and
 * {@code work DATE name} for make-up working days; {@code #} starts a comment. Every date must lie in the
 * file's year, and no day may be both off and a working day.
 */
public final class CalendarFileParser {

	private CalendarFileParser() {
	}

	public static YearCalendar parse(String source, List<String> lines) {
		Integer year = null;
		Set<LocalDate> off = new HashSet<>();
		Set<LocalDate> work = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			String raw = i == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(i);
			String line = raw.replaceFirst("#.*", "").strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] words = line.split("\\s+");
			int number = i + 1;
			switch (words[0]) {
				case "year" -> {
					if (year != null) {
						throw new CalendarFileException(source, number, "a second 'year' line; one file holds one year");
					}
					year = year(source, number, words);
				}
				case "off" -> off.addAll(dates(source, number, words, year, true));
				case "work" -> work.addAll(dates(source, number, words, year, false));
				default -> throw new CalendarFileException(source, number,
						"expected 'year', 'off' or 'work', found '" + words[0] + "'");
			}
		}
		if (year == null) {
			throw new CalendarFileException(source, 0, "no 'year' line");
		}
		Set<LocalDate> both = new HashSet<>(off);
		both.retainAll(work);
		if (!both.isEmpty()) {
			throw new CalendarFileException(source, 0, "days both off and working: " + both);
		}
		return new YearCalendar(year, off, work, source);
	}

	private static int year(String source, int line, String[] words) {
		if (words.length != 2 || !words[1].matches("\\d{4}")) {
			throw new CalendarFileException(source, line, "expected 'year YYYY'");
		}
		return Integer.parseInt(words[1]);
	}

	private static Set<LocalDate> dates(String source, int line, String[] words, Integer year, boolean range) {
		if (year == null) {
			throw new CalendarFileException(source, line, "the 'year' line must come first");
		}
		if (words.length < 2) {
			throw new CalendarFileException(source, line, "a date is missing");
		}
		String[] ends = words[1].split("\\.\\.", -1);
		if (ends.length > 2 || (!range && ends.length > 1)) {
			throw new CalendarFileException(source, line, "'" + words[1] + "' is not a date"
					+ (range ? " or a range FROM..TO" : ""));
		}
		LocalDate from = date(source, line, ends[0], year);
		LocalDate to = ends.length == 2 ? date(source, line, ends[1], year) : from;
		if (to.isBefore(from)) {
			throw new CalendarFileException(source, line, "the range ends before it begins");
		}
		Set<LocalDate> days = new HashSet<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			days.add(d);
		}
		return days;
	}

	private static LocalDate date(String source, int line, String text, int year) {
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() != year) {
				throw new CalendarFileException(source, line, text + " is not in " + year);
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw new CalendarFileException(source, line, "'" + text + "' is not a date (YYYY-MM-DD)");
		}
	}
}
