package org.govhall.exchange;

/**
 * How quickly a providing department answered requests for its data (数据治理: 共享申请响应时间) over a period.
 *
 * @param provider the providing department's code
 * @param requests requests made in the period
 * @param decided of those, granted or refused
 * @param pending of those, still waiting
 * @param averageHours hours from request to decision on average, null with none decided
 * @param p90Hours the 90th percentile of those hours, null with none decided
 */
public record GrantResponse(String provider, long requests, long decided, long pending, Double averageHours,
		Double p90Hours) {
}
