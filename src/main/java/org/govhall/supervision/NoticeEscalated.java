package org.govhall.supervision;

/** Event: a notice's answer day passed without an answer; the supervisors and the department's heads were told. */
public record NoticeEscalated(Notice notice) {
}
