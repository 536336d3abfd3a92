package org.govhall.catalog;

import java.util.List;
import java.util.Set;

import org.govhall.catalog.ItemContent.TimeLimit;

/**
 * A "one thing" bundle (一件事): several items of several departments applied for as one service.
 *
 * @param code stable code, e.g. {@code YJS-KBQY}
 * @param name e.g. 开办企业一件事
 * @param audiences who it serves
 * @param description what it does for people
 * @param promisedLimit the promised limit of the whole bundle
 * @param stages implementation codes; stages run one after another, the items inside a stage in parallel
 */
public record Bundle(String code, String name, Set<Audience> audiences, String description, TimeLimit promisedLimit,
		List<List<String>> stages) {

	public List<String> members() {
		return stages.stream().flatMap(List::stream).toList();
	}
}
