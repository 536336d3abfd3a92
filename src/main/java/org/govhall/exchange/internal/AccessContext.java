package org.govhall.exchange.internal;

import java.time.Instant;

/**
 * Who reads through the exchange and how: the consuming department, the acting person or system, the company a
 * person acts for, the channel and the client's address.
 *
 * @param consumer the consuming department
 * @param actor the staff member, department system or platform service
 * @param actingFor the company the actor acts for, if any
 * @param channel STAFF (a session), MACHINE (a department system), SERVICE (a platform service) or SYNC (the
 *        change feed)
 * @param clientAddress where the call came from, if over HTTP
 * @param at when
 */
public record AccessContext(String consumer, String actor, String actingFor, String channel, String clientAddress,
		Instant at) {

	public AccessContext forSync() {
		return new AccessContext(consumer, actor, actingFor, "SYNC", clientAddress, at);
	}
}
