package org.govhall.shared.calendar;

/** A calendar file that cannot be read as the official schedule: names the file and the line. */
public class CalendarFileException extends RuntimeException {

	public CalendarFileException(String source, int line, String problem) {
		super(source + (line > 0 ? ":" + line : "") + ": " + problem);
	}
}
