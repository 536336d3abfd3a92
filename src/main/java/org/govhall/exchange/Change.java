package org.govhall.exchange;

import java.util.Map;

/**
 * One changed subject of a register, as the change feed serves it to a department granted replication.
 *
 * @param cursor the cursor just after this change
 * @param subject the subject's key
 * @param fields the granted fields, masked as granted
 */
public record Change(String cursor, String subject, Map<String, Object> fields) {
}
