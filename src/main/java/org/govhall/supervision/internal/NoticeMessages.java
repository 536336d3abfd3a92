package org.govhall.supervision.internal;

import java.time.Clock;

import org.govhall.supervision.Notice;

import org.springframework.stereotype.Component;

/** Who hears of a notice: the department's heads when it is issued, the supervisors when it is answered. */
@Component
public class NoticeMessages {

	private final StaffTexts texts;

	private final Clock clock;

	NoticeMessages(StaffTexts texts, Clock clock) {
		this.texts = texts;
		this.clock = clock;
	}

	public void issued(Notice notice) {
		texts.tell(AlertStore.at(clock.instant(), notice.department(), "NOTICE",
				"收到督办通知 " + notice.number() + "：" + notice.subject() + "，请于 " + notice.answerDueOn() + " 前答复。",
				"Supervision notice " + notice.number() + ": " + notice.subject() + ". Please answer by "
						+ notice.answerDueOn() + ".",
				link(notice)));
	}

	public void answered(Notice notice) {
		texts.tell(AlertStore.at(clock.instant(), null, "ANSWERED",
				notice.department() + " 已答复督办通知 " + notice.number() + "（" + notice.subject() + "）。",
				notice.department() + " answered supervision notice " + notice.number() + " (" + notice.subject()
						+ ").",
				link(notice)));
	}

	private static String link(Notice notice) {
		return "/workbench/supervision/notices/" + notice.id();
	}
}
