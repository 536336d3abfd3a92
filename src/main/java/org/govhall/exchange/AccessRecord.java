package org.govhall.exchange;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the exchange's access log (谁查了我的数据): a subject's data read, or asked for and refused.
 *
 * @param id the entry
 * @param occurredAt when
 * @param consumer the consuming department
 * @param actor the staff member, department system or platform service that read
 * @param actingFor the company the actor acted for, if any
 * @param channel STAFF, MACHINE, SERVICE or SYNC
 * @param resource the resource read
 * @param grant the grant it was read under; {@code null} when refused for want of one
 * @param subject whose data (identity number, credit code or address code)
 * @param purpose why, as the consumer stated it
 * @param fields which fields
 * @param outcome ANSWERED, NOT_FOUND or DENIED
 */
public record AccessRecord(long id, Instant occurredAt, String consumer, String actor, String actingFor,
		String channel, String resource, Long grant, String subject, String purpose, List<String> fields,
		String outcome) {

	/** A page of access records, newest first. */
	public record Page(List<AccessRecord> records, long total, int page, int size) {

		public int pages() {
			return (int) ((total + size - 1) / size);
		}
	}
}
