package org.govhall.rating;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.response.Response;
import org.govhall.rating.internal.FollowUpSweep;
import org.govhall.support.Citizens;
import org.govhall.support.ControllableClock;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ratings end to end over HTTP: a finished case is rated once and by its applicant alone, in the portal, through the
 * signed link of the text message (once, until it expires) or at the counter; a bad rating opens a follow-up that
 * the department answers within working days counted on the official calendar, or that escalates; the applicant
 * judges the rectification; comments are published masked after moderation; and each endpoint admits exactly the
 * roles it is for.
 */
@GovHallTest
class RatingTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ControllableClock clock;

	@Autowired
	FollowUpSweep sweep;

	@Autowired
	RatingFigures figures;

	@Test
	void a_finished_case_is_rated_once_and_only_by_its_applicant() {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);
		HallClient stranger = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		assertThat(stranger.get("/api/v1/ratings/cases/" + c.number()).statusCode()).isEqualTo(404);
		assertThat(stranger.postJson("/api/v1/ratings/cases/" + c.number(), Map.of("stars", 5)).statusCode())
			.as("another person's case is not there").isEqualTo(404);

		Response open = c.applicant().get("/api/v1/ratings/cases/" + c.number());
		assertThat(open.statusCode()).isEqualTo(200);
		assertThat(open.jsonPath().getString("rating")).isNull();
		assertThat(c.applicant().postJson("/api/v1/ratings/cases/" + c.number(),
				Map.of("stars", 5, "tags", List.of("MANY_TRIPS"))).statusCode()).as("a complaint tag on five stars")
			.isEqualTo(400);
		Response rated = c.applicant().postJson("/api/v1/ratings/cases/" + c.number(),
				Map.of("stars", 5, "tags", List.of("CONVENIENT", "DONE_IN_ONE_VISIT")));
		assertThat(rated.statusCode()).as(rated.asString()).isEqualTo(201);
		assertThat(rated.jsonPath().getInt("rating.stars")).isEqualTo(5);
		assertThat(rated.jsonPath().getString("rating.channel")).isEqualTo("ONLINE");
		assertThat(rated.jsonPath().getString("followUp")).as("a good rating needs no follow-up").isNull();

		Response again = c.applicant().postJson("/api/v1/ratings/cases/" + c.number(), Map.of("stars", 1));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.jsonPath().getString("detail")).contains("只能评价一次");
		assertThat(c.applicant().get("/my/ratings/" + c.number()).asString()).contains("5 星：非常满意");
		assertThat(c.applicant().get("/my/cases/" + c.number()).asString()).contains("/my/ratings/" + c.number());
		assertThat(c.applicant().get("/my/ratings").asString()).contains(c.number());
		assertThat(stranger.get("/my/ratings").asString()).doesNotContain(c.number());
	}

	@Test
	void the_texted_link_rates_without_signing_in_once_and_not_after_it_expires() {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);
		String token = c.linkToken(jdbc);
		HallClient anyone = new HallClient(port);
		assertThat(anyone.get("/ratings/r/" + token).statusCode()).isEqualTo(200);
		String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
		assertThat(anyone.get("/ratings/r/" + forged).statusCode()).isEqualTo(404);

		Instant expiry = jdbc.sql("select link_expires_at from rating_case where case_number = ?").param(c.number())
			.query(Timestamp.class).single().toInstant();
		try {
			clock.stopAt(expiry.plusSeconds(1));
			Response expired = anyone.get("/ratings/r/" + token);
			assertThat(expired.statusCode()).isEqualTo(404);
			assertThat(expired.asString()).contains("已过期");
		}
		finally {
			clock.run();
		}
		Response rated = anyone.postForm("/ratings/r/" + token, Map.of("stars", "4", "tags", "FAST"));
		assertThat(rated.statusCode()).isEqualTo(302);
		assertThat(rated.header("Location")).endsWith("/ratings");
		assertThat(jdbc.sql("select channel || ':' || stars from rating where case_number = ?").param(c.number())
			.query(String.class).single()).isEqualTo("LINK:4");
		Response used = anyone.get("/ratings/r/" + token);
		assertThat(used.statusCode()).as("one use").isEqualTo(404);
		assertThat(used.asString()).contains("已使用过");
	}

	@Test
	void a_window_clerk_of_the_cases_department_records_a_counter_rating_once() {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);
		Map<String, Object> counter = Map.of("stars", 4, "tags", List.of("FRIENDLY"), "comment", "窗口服务周到");
		HallClient otherClerk = new HallClient(port).signedIn(c.otherDepartment() + ".clerk");
		assertThat(otherClerk.postJson("/api/v1/ratings/cases/" + c.number() + "/counter", counter).statusCode())
			.isEqualTo(403);
		HallClient reviewer = new HallClient(port).signedIn(c.department() + ".reviewer");
		assertThat(reviewer.postJson("/api/v1/ratings/cases/" + c.number() + "/counter", counter).statusCode())
			.as("clerks only").isEqualTo(403);
		HallClient clerk = new HallClient(port).signedIn(c.department() + ".clerk");
		Response recorded = clerk.postJson("/api/v1/ratings/cases/" + c.number() + "/counter", counter);
		assertThat(recorded.statusCode()).as(recorded.asString()).isEqualTo(201);
		assertThat(recorded.jsonPath().getString("rating.channel")).isEqualTo("WINDOW");
		assertThat(clerk.postJson("/api/v1/ratings/cases/" + c.number() + "/counter", counter).statusCode())
			.isEqualTo(409);
		assertThat(c.applicant().postJson("/api/v1/ratings/cases/" + c.number(), Map.of("stars", 2)).statusCode())
			.as("once per case, whoever records it").isEqualTo(409);
	}

	@Test
	void a_bad_rating_opens_a_follow_up_the_department_answers_and_the_applicant_judges() {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);
		Response rated = c.applicant().postJson("/api/v1/ratings/cases/" + c.number(),
				Map.of("stars", 1, "tags", List.of("MANY_TRIPS", "UNFRIENDLY"), "comment", "跑了三趟"));
		assertThat(rated.statusCode()).as(rated.asString()).isEqualTo(201);
		assertThat(rated.jsonPath().getString("followUp.state")).isEqualTo("OPEN");
		assertThat(c.applicant().postJson("/api/v1/ratings/cases/" + c.number() + "/verdict",
				Map.of("satisfied", true)).statusCode()).as("nothing to judge yet").isEqualTo(409);

		HallClient head = new HallClient(port).signedIn(c.department() + ".head");
		assertThat(head.get("/api/v1/ratings/follow-ups").jsonPath().getList("caseNumber")).contains(c.number());
		Response answered = head.postJson("/api/v1/ratings/follow-ups/" + c.number() + "/answer",
				Map.of("contactNote", "已电话联系申请人并致歉", "rectification", "已在办事指南中补充材料示例"));
		assertThat(answered.statusCode()).as(answered.asString()).isEqualTo(200);
		assertThat(head.postJson("/api/v1/ratings/follow-ups/" + c.number() + "/answer",
				Map.of("contactNote", "再次", "rectification", "再次")).statusCode()).isEqualTo(409);
		assertThat(figures.followUpsToWatch()).noneMatch(f -> f.caseNumber().equals(c.number()));

		Response seen = c.applicant().get("/api/v1/ratings/cases/" + c.number());
		assertThat(seen.jsonPath().getString("followUp.rectification")).isEqualTo("已在办事指南中补充材料示例");
		assertThat(seen.jsonPath().getString("followUp.state")).isEqualTo("ANSWERED");
		Response judged = c.applicant().postJson("/api/v1/ratings/cases/" + c.number() + "/verdict",
				Map.of("satisfied", false));
		assertThat(judged.statusCode()).isEqualTo(200);
		assertThat(judged.jsonPath().getString("followUp.verdict")).isEqualTo("UNSATISFIED");
		assertThat(c.applicant().postJson("/api/v1/ratings/cases/" + c.number() + "/verdict",
				Map.of("satisfied", true)).statusCode()).as("judged once").isEqualTo(409);
		assertThat(jdbc.sql("select action from shared_audit_entry where object_id = ? and action like 'rating.%'")
			.param(c.number()).query(String.class).list())
			.contains("rating.rated", "rating.followUpAnswered", "rating.verdict");
	}

	@Test
	void a_follow_up_has_five_working_days_across_the_national_day_holiday_and_escalates_once_after_them() {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);
		try {
			// Thursday 24 September 2026: 25-27 September and 1-7 October are off, Saturday 10 October is worked
			clock.stopAt(Instant.parse("2026-09-24T02:00:00Z"));
			Response rated = c.applicant().postJson("/api/v1/ratings/cases/" + c.number(), Map.of("stars", 2));
			assertThat(rated.statusCode()).as(rated.asString()).isEqualTo(201);
			assertThat(rated.jsonPath().getString("followUp.dueOn")).isEqualTo("2026-10-09");

			clock.stopAt(Instant.parse("2026-10-09T15:00:00Z"));
			sweep.sweep();
			assertThat(escalated(c.number())).as("on its last day (Friday 9 October, 23:00)").isFalse();
			clock.stopAt(Instant.parse("2026-10-10T01:00:00Z"));
			sweep.sweep();
			assertThat(escalated(c.number())).as("the next day").isTrue();
			sweep.sweep();
		}
		finally {
			clock.run();
		}
		assertThat(jdbc.sql("""
				select count(*) from shared_audit_entry where object_id = ? and action = 'rating.followUpEscalated'""")
			.param(c.number()).query(Long.class).single()).as("escalated once").isEqualTo(1);
		assertThat(figures.followUpsToWatch()).anyMatch(f -> f.caseNumber().equals(c.number()) && f.escalated()
				&& f.dueOn().equals(LocalDate.of(2026, 10, 9)));
		HallClient supervisor = new HallClient(port).signedIn("dcb.supervisor1");
		assertThat(supervisor.get("/api/v1/ratings/follow-ups?escalated=true").jsonPath().getList("caseNumber"))
			.contains(c.number());
		Response page = c.applicant().get("/my/ratings/" + c.number());
		assertThat(page.asString()).contains("已提交效能督查督办");
		Response late = new HallClient(port).signedIn(c.department() + ".head").postJson("/api/v1/ratings/follow-ups/"
				+ c.number() + "/answer", Map.of("contactNote", "已联系申请人", "rectification", "已整改"));
		assertThat(late.statusCode()).as("an escalated follow-up is still answered").isEqualTo(200);
	}

	@Test
	void a_supervisor_publishes_a_comment_with_the_personal_data_masked() {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);
		String comment = "我是" + c.someone().name() + "，身份证 " + c.someone().idNumber() + "，手机 " + c.someone().mobile()
				+ "，窗口办得很快。";
		assertThat(c.applicant().postJson("/api/v1/ratings/cases/" + c.number(),
				Map.of("stars", 5, "comment", comment)).statusCode()).isEqualTo(201);
		assertThat(new HallClient(port).signedIn(c.department() + ".head").get("/api/v1/ratings/moderation")
			.statusCode()).isEqualTo(403);
		HallClient supervisor = new HallClient(port).signedIn("dcb.supervisor1");
		Map<String, Object> pending = supervisor.get("/api/v1/ratings/moderation").jsonPath()
			.<Map<String, Object>>getList("$").stream().filter(p -> c.number().equals(p.get("caseNumber"))).findFirst()
			.orElseThrow();
		String masked = (String) pending.get("masked");
		assertThat(masked).doesNotContain(c.someone().name()).doesNotContain(c.someone().idNumber())
			.doesNotContain(c.someone().mobile()).contains("窗口办得很快").contains(c.someone().mobile().substring(0, 3) + "****");
		HallClient anyone = new HallClient(port);
		assertThat(anyone.get("/api/v1/ratings/published").jsonPath().getList("comments.text")).doesNotContain(masked);

		Response published = supervisor.postJson("/api/v1/ratings/moderation/" + c.number(), Map.of("publish", true));
		assertThat(published.statusCode()).as(published.asString()).isEqualTo(200);
		assertThat(supervisor.postJson("/api/v1/ratings/moderation/" + c.number(), Map.of("publish", true))
			.statusCode()).isEqualTo(404);
		String page = anyone.get("/ratings").asString();
		assertThat(page).contains(masked).doesNotContain(c.someone().idNumber()).doesNotContain(c.someone().mobile());
		assertThat(anyone.get("/api/v1/ratings/published").jsonPath().getList("comments.text")).contains(masked);
	}

	@Test
	void the_figures_match_a_hand_computed_fixture() {
		String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String first = "T" + run.substring(0, 6);
		String second = "U" + run.substring(0, 6);
		LocalDate from = LocalDate.of(2026, 10, 1);
		LocalDate to = LocalDate.of(2026, 11, 30);
		Map<String, Satisfaction> before = byKey(figures.byMonth(from, to));
		// case 1: first alone, 5 stars, October; 2: first and second, 4, October; 3: first, 1, November;
		// 4: second, 2, November; 5: first, 3, 1 December (outside the period)
		fixture(run + "1", "ITEM-" + run + "-A", new String[] { first }, 5, LocalDate.of(2026, 10, 12));
		fixture(run + "2", "ITEM-" + run + "-A", new String[] { first, second }, 4, LocalDate.of(2026, 10, 31));
		fixture(run + "3", "ITEM-" + run + "-B", new String[] { first }, 1, LocalDate.of(2026, 11, 1));
		fixture(run + "4", "ITEM-" + run + "-B", new String[] { second }, 2, LocalDate.of(2026, 11, 30));
		fixture(run + "5", "ITEM-" + run + "-A", new String[] { first }, 3, LocalDate.of(2026, 12, 1));

		Map<String, Satisfaction> departments = byKey(figures.byDepartment(from, to));
		assertThat(departments.get(first)).isEqualTo(new Satisfaction(first, 3, 10 / 3.0, 2, 1));
		assertThat(departments.get(second)).isEqualTo(new Satisfaction(second, 2, 3.0, 1, 1));
		Map<String, Satisfaction> items = byKey(figures.byItem(from, to));
		assertThat(items.get("ITEM-" + run + "-A")).isEqualTo(new Satisfaction("ITEM-" + run + "-A", 2, 4.5, 2, 0));
		assertThat(items.get("ITEM-" + run + "-B")).isEqualTo(new Satisfaction("ITEM-" + run + "-B", 2, 1.5, 0, 2));
		assertThat(byKey(figures.byItem(from, LocalDate.of(2026, 12, 1))).get("ITEM-" + run + "-A").ratings())
			.isEqualTo(3);
		Map<String, Satisfaction> months = byKey(figures.byMonth(from, to));
		assertThat(months.get("2026-10").ratings() - count(before, "2026-10")).isEqualTo(2);
		assertThat(months.get("2026-11").ratings() - count(before, "2026-11")).isEqualTo(2);
		assertThat(months.keySet()).doesNotContain("2026-12");
		assertThat(months.get("2026-10").good() - (before.containsKey("2026-10") ? before.get("2026-10").good() : 0))
			.isEqualTo(2);
		assertThat(departments.get(first).goodShare()).isEqualTo(2 / 3.0);
	}

	@Test
	void each_endpoint_admits_its_own_roles_only() {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);
		assertThat(c.applicant().postJson("/api/v1/ratings/cases/" + c.number(), Map.of("stars", 2)).statusCode())
			.isEqualTo(201);
		HallClient anonymous = new HallClient(port);
		anonymous.get("/ratings");
		HallClient citizen = c.applicant();
		HallClient other = new HallClient(port).signedIn(c.otherDepartment() + ".reviewer");
		HallClient own = new HallClient(port).signedIn(c.department() + ".reviewer");
		String followUp = "/api/v1/ratings/follow-ups/" + c.number();

		assertThat(anonymous.get(followUp).statusCode()).isEqualTo(401);
		assertThat(citizen.get(followUp).statusCode()).isEqualTo(403);
		assertThat(other.get(followUp).statusCode()).isEqualTo(403);
		assertThat(own.get(followUp).statusCode()).isEqualTo(200);

		assertThat(anonymous.get("/api/v1/ratings/follow-ups").statusCode()).isEqualTo(401);
		assertThat(citizen.get("/api/v1/ratings/follow-ups").statusCode()).isEqualTo(403);
		assertThat(other.get("/api/v1/ratings/follow-ups").jsonPath().getList("caseNumber")).doesNotContain(c.number());
		assertThat(own.get("/api/v1/ratings/follow-ups").jsonPath().getList("caseNumber")).contains(c.number());

		Map<String, String> answer = Map.of("contactNote", "已联系", "rectification", "已整改");
		assertThat(anonymous.postJson(followUp + "/answer", answer).statusCode()).isEqualTo(401);
		assertThat(citizen.postJson(followUp + "/answer", answer).statusCode()).isEqualTo(403);
		assertThat(other.postJson(followUp + "/answer", answer).statusCode()).isEqualTo(403);
		assertThat(own.postJson(followUp + "/answer", answer).statusCode()).isEqualTo(200);

		assertThat(anonymous.get("/api/v1/ratings/moderation").statusCode()).isEqualTo(401);
		assertThat(citizen.get("/api/v1/ratings/moderation").statusCode()).isEqualTo(403);
		assertThat(own.get("/api/v1/ratings/moderation").statusCode()).isEqualTo(403);
		assertThat(new HallClient(port).signedIn("dcb.supervisor1").get("/api/v1/ratings/moderation").statusCode())
			.isEqualTo(200);

		assertThat(anonymous.get("/api/v1/ratings/cases/" + c.number()).statusCode()).isEqualTo(401);
		assertThat(own.get("/api/v1/ratings/cases/" + c.number()).statusCode()).as("citizens only").isEqualTo(403);
		assertThat(anonymous.postJson("/api/v1/ratings/cases/" + c.number() + "/counter", Map.of("stars", 3))
			.statusCode()).isEqualTo(401);
		assertThat(citizen.postJson("/api/v1/ratings/cases/" + c.number() + "/counter", Map.of("stars", 3))
			.statusCode()).isEqualTo(403);
		assertThat(anonymous.get("/api/v1/ratings/published").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/ratings").statusCode()).isEqualTo(200);
		assertThat(anonymous.get("/workbench/ratings").statusCode()).isIn(302, 401);
	}

	private boolean escalated(String number) {
		return jdbc.sql("select escalated_at is not null from rating_follow_up where case_number = ?").param(number)
			.query(Boolean.class).single();
	}

	private void fixture(String number, String item, String[] departments, int stars, LocalDate on) {
		jdbc.sql("""
				insert into rating_case (case_number, item_code, item_name, department, departments, applicant_account,
				    outcome, finished_at, link_expires_at)
				values (?, ?, '测试事项', ?, ?::varchar[], -1, 'APPROVED', now(), now())""")
			.params(number, item, departments[0], departments).update();
		jdbc.sql("""
				insert into rating (case_number, stars, channel, recorded_by, rated_at, rated_on)
				values (?, ?, 'ONLINE', 'test', now(), ?)""").params(number, stars, on).update();
	}

	private static Map<String, Satisfaction> byKey(List<Satisfaction> list) {
		return list.stream().collect(Collectors.toMap(Satisfaction::key, s -> s));
	}

	private static long count(Map<String, Satisfaction> before, String month) {
		return before.containsKey(month) ? before.get(month).ratings() : 0;
	}
}
