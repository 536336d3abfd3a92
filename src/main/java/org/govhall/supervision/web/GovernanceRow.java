package org.govhall.supervision.web;

import org.govhall.catalog.CatalogueCompleteness;
import org.govhall.exchange.GrantResponse;

/**
 * One department's data governance on the statistics page: its part of the catalogue and how quickly it answered
 * requests for its data.
 *
 * @param department the department's code
 * @param name its name
 * @param catalogue its catalogue completeness, if it has published items
 * @param grants its grant response times in the period, if it was asked
 */
record GovernanceRow(String department, String name, CatalogueCompleteness catalogue, GrantResponse grants) {
}
