package org.govhall.shared.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the calendar files: those shipped on the classpath ({@code calendar/YYYY.cal}), then those in a
 * directory, where a file for a year replaces the shipped one. This is how a city adds next year's schedule
 * without a release.
 */
public final class CalendarLoader {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private CalendarLoader() {
	}

	public static Collection<YearCalendar> load(Path directory) {
		Map<Integer, YearCalendar> years = new TreeMap<>();
		fromClasspath().forEach(y -> years.put(y.year(), y));
		fromDirectory(directory).forEach(y -> years.put(y.year(), y));
		return years.values();
	}

	static List<YearCalendar> fromClasspath() {
		ClassLoader loader = CalendarLoader.class.getClassLoader();
		List<YearCalendar> years = new ArrayList<>();
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			String name = "calendar/" + year + ".cal";
			try (InputStream in = loader.getResourceAsStream(name)) {
				if (in != null) {
					String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					years.add(checked(CalendarFileParser.parse("classpath:" + name, text.lines().toList()), year));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return years;
	}

	static List<YearCalendar> fromDirectory(Path directory) {
		if (directory == null || !Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			List<YearCalendar> years = new ArrayList<>();
			for (Path file : files.filter(f -> f.getFileName().toString().matches("\\d{4}\\.cal")).sorted().toList()) {
				int year = Integer.parseInt(file.getFileName().toString().substring(0, 4));
				years.add(checked(CalendarFileParser.parse(file.toString(), Files.readAllLines(file)), year));
			}
			return years;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static YearCalendar checked(YearCalendar calendar, int fileYear) {
		if (calendar.year() != fileYear) {
			throw new CalendarFileException(calendar.source(), 0,
					"the file is named for " + fileYear + " but says 'year " + calendar.year() + "'");
		}
		return calendar;
	}
}
