package org.govhall.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.restassured.response.Response;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The change feed for departments that keep a synchronised copy: replication needs the provider's approval, pages
 * are ordered and resume without gaps or repeats, a change that commits late is never skipped, and every subject
 * served is in the access log.
 */
@GovHallTest
class ChangeFeedTests {

	private static final SyntheticPopulation POPULATION = new SyntheticPopulation(2026);

	private static final String PURPOSE = "同步缴存职工姓名";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	private HallClient gjj;

	@BeforeEach
	void gjjMayReplicateNames() {
		gjj = new HallClient(port).signedIn("gjj.steward");
		boolean granted = jdbc.sql("select count(*) from exchange_grant where consumer_department = 'GJJ' and sync"
				+ " and status = 'GRANTED'").query(Long.class).single() > 0;
		if (!granted) {
			Response asked = gjj.postJson("/api/v1/exchange/grants", Map.of("resource", "GAJ-SFHY", "fields",
					List.of("name"), "purpose", "公积金账户信息同步", "legalBasis", "《住房公积金管理条例》第十三条", "validUntil",
					LocalDate.now().plusYears(1).toString(), "sync", true));
			assertThat(asked.jsonPath().getString("status")).as("replication waits even when unconditional")
				.isEqualTo("REQUESTED");
			new HallClient(port).signedIn("gaj.steward").postJson(
					"/api/v1/exchange/grants/" + asked.jsonPath().getLong("id") + "/decision", Map.of("decision", "GRANT"));
		}
	}

	@Test
	void only_a_grant_with_replication_opens_the_feed() {
		HallClient ybj = new HallClient(port).signedIn("swj.steward");
		ybj.postJson("/api/v1/exchange/grants", Map.of("resource", "GAJ-SFHY", "fields", List.of("name"), "purpose",
				"纳税人身份核验", "legalBasis", "《税收征收管理法》", "validUntil", LocalDate.now().plusYears(1).toString()));
		Response refused = feed(ybj, "0", 10, "同步");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.jsonPath().getString("detail")).contains("变更订阅");
		assertThat(feed(new HallClient(port).signedIn("swj2.steward"), "0", 10, "同步").statusCode()).as("no grant")
			.isEqualTo(403);
		assertThat(feed(gjj, "0", 10, " ").statusCode()).as("purpose required").isEqualTo(400);
		assertThat(feed(gjj, "7; drop table", 10, PURPOSE).statusCode()).as("bad cursor").isEqualTo(400);
	}

	@Test
	void pages_are_ordered_and_resume_without_gaps_or_repeats() {
		String firstSubject = jdbc.sql("select id_number from exchange_person order by change_tx, change_seq limit 1")
			.query(String.class).single().strip();
		long firstServed = servedInSync(firstSubject);
		List<String> subjects = new ArrayList<>();
		String cursor = "0";
		for (int page = 0; page < 3; page++) {
			Response answer = feed(gjj, cursor, 50, PURPOSE);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.jsonPath().getBoolean("more")).isTrue();
			assertThat(answer.jsonPath().getString("after")).isEqualTo(cursor.equals("0") ? "0-0" : cursor);
			List<String> cursors = answer.jsonPath().getList("changes.cursor", String.class);
			assertThat(cursors).hasSize(50);
			assertThat(answer.jsonPath().getMap("changes[0].fields")).containsOnlyKeys("name");
			subjects.addAll(answer.jsonPath().getList("changes.subject", String.class));
			cursor = answer.jsonPath().getString("next");
			assertThat(cursor).isEqualTo(cursors.get(49));
		}
		assertThat(new HashSet<>(subjects)).as("no subject twice").hasSize(150);
		List<String> firstInOrder = jdbc.sql("""
				select id_number from exchange_person order by change_tx, change_seq limit 150""").query(String.class)
			.list().stream().map(String::strip).toList();
		assertThat(subjects).as("nothing skipped").isEqualTo(firstInOrder);
		assertThat(subjects.get(0)).isEqualTo(firstSubject);
		assertThat(servedInSync(firstSubject)).as("the subject served, in the access log once more")
			.isEqualTo(firstServed + 1);
	}

	private long servedInSync(String subject) {
		return jdbc.sql("select count(*) from exchange_access_log where consumer = 'GJJ' and channel = 'SYNC'"
				+ " and subject = ?").param(subject).query(Long.class).single();
	}

	@Test
	void a_change_that_commits_after_a_later_one_is_not_skipped() throws Exception {
		String tail = jdbc.sql("""
				select change_tx::text || '-' || change_seq from exchange_person
				order by change_tx desc, change_seq desc limit 1""").query(String.class).single();
		String early = POPULATION.person(41).idNumber();
		String late = POPULATION.person(42).idNumber();
		try (Connection slow = dataSource.getConnection()) {
			slow.setAutoCommit(false);
			try (PreparedStatement update = slow.prepareStatement("update exchange_person set name = ? where id_number = ?")) {
				update.setString(1, "先改后交");
				update.setString(2, early);
				update.executeUpdate();
			}
			jdbc.sql("update exchange_person set name = ? where id_number = ?").params("后改先交", late).update();
			assertThat(feed(gjj, tail, 100, PURPOSE).jsonPath().getList("changes.subject", String.class))
				.as("nothing is served past a transaction still running").isEmpty();
			slow.commit();
		}
		// served once every transaction below them has ended (a vacuum or analyze elsewhere may hold that back a moment)
		Response after = await().atMost(Duration.ofSeconds(30))
			.until(() -> feed(gjj, tail, 100, PURPOSE), r -> r.jsonPath().getList("changes").size() >= 2);
		assertThat(after.jsonPath().getList("changes.subject", String.class)).containsExactly(early, late);
		assertThat(after.jsonPath().getList("changes.fields.name", String.class)).containsExactly("先改后交", "后改先交");
		assertThat(feed(gjj, after.jsonPath().getString("next"), 100, PURPOSE).jsonPath().getList("changes"))
			.isEmpty();
	}

	private static Response feed(HallClient client, String after, int limit, String purpose) {
		return client.request().queryParam("after", after).queryParam("limit", limit).queryParam("purpose", purpose)
			.get("/api/v1/exchange/resources/GAJ-SFHY/changes");
	}
}
