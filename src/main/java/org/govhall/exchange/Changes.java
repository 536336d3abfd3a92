package org.govhall.exchange;

import java.util.List;

/**
 * A page of the change feed and the cursor to resume from.
 *
 * @param resource the resource
 * @param after the cursor the page starts after
 * @param next the cursor to ask for the next page with
 * @param more whether the page was full (more may follow at once)
 * @param changes the changes, in commit order
 */
public record Changes(String resource, String after, String next, boolean more, List<Change> changes) {
}
