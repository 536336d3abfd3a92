package org.govhall.supervision;

/**
 * Efficiency figures of one group (a department, item, district, month or week) over a period: branches of cases
 * received in it, and those decided in it — how many on time, refused, after corrections — the working days they
 * took beside the promised and legal limits they had. No personal data.
 *
 * @param key the group's key (department code, item code, division code, {@code 2026-11}, {@code 2026-W47})
 * @param received branches received
 * @param finished branches decided (准予, 不予批准, 不予受理)
 * @param onTime of those, decided within the promised limit (with extensions)
 * @param refusals of those, refused or not accepted
 * @param corrections of those, with corrections asked
 * @param averageDays working days taken on average, null with none decided
 * @param p90Days the 90th percentile of working days taken (60 stands for 60 or more), null with none decided
 * @param averagePromisedLimit the promised limit on average, null with none decided
 * @param averageLegalLimit the legal limit on average, null with none decided
 */
public record EfficiencyFigure(String key, long received, long finished, long onTime, long refusals,
		long corrections, Double averageDays, Integer p90Days, Double averagePromisedLimit,
		Double averageLegalLimit) {

	/** Decided after the promised limit. */
	public long late() {
		return finished - onTime;
	}

	/** The share decided within the promised limit, 0–1; null with none decided. */
	public Double onTimeShare() {
		return finished == 0 ? null : (double) onTime / finished;
	}
}
