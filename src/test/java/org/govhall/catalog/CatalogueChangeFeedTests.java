package org.govhall.catalog;

import java.time.Instant;
import java.util.List;

import org.govhall.catalog.VersionStatus;
import org.govhall.catalog.internal.CatalogueChangeFeed;
import org.govhall.catalog.internal.CatalogueStore;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publication made on another node (written to the shared database without this node hearing of it) reaches
 * this node's search index through the change feed.
 */
@GovHallTest
class CatalogueChangeFeedTests {

	@Autowired
	CatalogueStore store;

	@Autowired
	CatalogueChangeFeed feed;

	@Autowired
	Catalogue catalogue;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void an_item_published_elsewhere_becomes_searchable_here_after_a_poll() {
		feed.poll();
		publishAsAnotherNode("11310000115501112HXK9500100100", "XK95001001", "另一节点发布的电梯安装告知");
		assertThat(names("电梯安装告知")).as("not heard of yet").doesNotContain("另一节点发布的电梯安装告知");

		assertThat(feed.poll()).isPositive();

		assertThat(names("电梯安装告知")).contains("另一节点发布的电梯安装告知");
		assertThat(feed.poll()).as("each change is indexed once, not again at every poll").isZero();
	}

	private void publishAsAnotherNode(String code, String basic, String name) {
		ItemContent content = new ItemContent(name, ItemType.ADMINISTRATIVE_LICENSING,
				ExerciseLevel.MUNICIPAL, java.util.Set.of(Audience.LEGAL_PERSON),
				CaseType.PROMISED,
				new ItemContent.TimeLimit(20, TimeUnit.WORKING_DAYS, ""),
				new ItemContent.TimeLimit(5, TimeUnit.WORKING_DAYS, ""), 0,
				OnlineDepth.FULLY_ONLINE, new ItemContent.Fee(false, "", ""), List.of("准营准办"),
				List.of("特种设备"), List.of("电梯"), null, null);
		transactions.executeWithoutResult(status -> {
			long id = store.insertItem(code, basic, "00", "SCJG", "310000", 1, Instant.now());
			store.insertVersion(id, 1, VersionStatus.IN_REVIEW, content, "node-b", Instant.now());
			store.setStatus(id, 1, VersionStatus.PUBLISHED, "node-b", null, Instant.now());
			store.markPublished(id, 1);
		});
	}

	private List<String> names(String query) {
		return catalogue.search(query, ItemFilter.none(), 0, 20).items().stream().map(ItemSummary::name).toList();
	}
}
