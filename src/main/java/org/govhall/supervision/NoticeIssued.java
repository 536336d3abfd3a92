package org.govhall.supervision;

/** Event: a supervisor issued a notice to a department. */
public record NoticeIssued(Notice notice) {
}
