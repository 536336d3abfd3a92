package org.govhall.casework;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A special procedure of a branch (特别程序: 听证, 招标, 拍卖, 检验, 检测, 检疫, 鉴定, 专家评审 …) whose time does not count
 * toward the limit (《行政许可法》第四十五条): while it runs, the branch's statutory clock is paused; once it ends, the
 * clock runs again and the due date moves by the working days it took.
 *
 * @param id the procedure
 * @param caseNumber the case
 * @param branch the branch
 * @param itemName the branch's item
 * @param department the department handling the branch
 * @param kind which of the item's special procedures (its guide's 特殊环节)
 * @param reason why it is needed
 * @param expectedDays how many days it is expected to take (calendar days)
 * @param expectedEndOn the day it is expected to end
 * @param startedBy who started it
 * @param startedAt when
 * @param startedOn the day it began: the clock counted that day and stops after it
 * @param endedBy who ended it, while it runs null
 * @param endedAt when, while it runs null
 * @param outcome what it found (or why it stopped), if said
 */
public record SpecialProcedure(long id, String caseNumber, long branch, String itemName, String department,
		String kind, String reason, int expectedDays, LocalDate expectedEndOn, String startedBy, Instant startedAt,
		LocalDate startedOn, String endedBy, Instant endedAt, String outcome) {

	/** Whether it still runs (the clock is paused). */
	@JsonProperty("running")
	public boolean running() {
		return endedAt == null;
	}
}
