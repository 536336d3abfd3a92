package org.govhall.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's decision on a request.
 *
 * @param fields the fields granted ({@code null}: all requested)
 * @param masked the fields answered masked ({@code null}: the sensitive ones)
 * @param validUntil the last day ({@code null}: as requested)
 * @param sync whether replication is granted ({@code null}: as requested)
 * @param reason why, when narrowed or when sensitive fields are granted unmasked
 */
public record GrantDecision(List<String> fields, List<String> masked, LocalDate validUntil, Boolean sync, String reason) {
}
