package org.govhall.exchange;

import java.util.List;
import java.util.Map;

/**
 * The answer of a governed lookup (共享查询): the granted fields of one subject, masked as granted.
 *
 * @param resource the resource
 * @param subject the key looked up
 * @param grant the grant it was answered under
 * @param masked which fields are masked
 * @param fields the granted fields and their values
 */
public record Lookup(String resource, String subject, long grant, List<String> masked, Map<String, Object> fields) {
}
