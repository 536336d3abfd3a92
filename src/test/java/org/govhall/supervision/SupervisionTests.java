package org.govhall.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import org.govhall.casework.Handling;
import org.govhall.casework.SpecialProcedureTests;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.govhall.supervision.internal.SupervisionSweep;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Supervision over HTTP: a case is watched from its submission to its decision through casework's events and
 * counted in the statistics; supervision notices are issued, answered once and escalated when left unanswered;
 * who may call what (anonymous 401, citizen 403, another department 404 or 403, the right role 2xx); the public
 * statistics refuse a period that does not parse or runs backwards with a problem naming the field.
 */
@GovHallTest
class SupervisionTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupervisionSweep sweep;

	@Autowired
	java.time.Clock clock;

	@Test
	void a_case_is_watched_from_submission_to_decision_and_counted() {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String number = Applying.applied(applicant, Map.of("item", CaseworkTests.personalItem(jdbc)));

		// heard after the submission commits, from the event publication registry
		Map<String, Object> watched = await().atMost(Duration.ofSeconds(20)).until(() -> row(number),
				r -> r != null && Boolean.TRUE.equals(r.get("is_open")));
		assertThat(watched.get("due_on")).isNotNull();
		String department = (String) watched.get("department");
		LocalDate today = LocalDate.now(clock);
		long receivedBefore = receivedToday(department, today);

		Handling.handle(port, number, department.toLowerCase(Locale.ROOT), true);

		Map<String, Object> decided = await().atMost(Duration.ofSeconds(20)).until(() -> row(number),
				r -> Boolean.FALSE.equals(r.get("is_open")));
		assertThat(decided.get("status")).isEqualTo("APPROVED");
		assertThat(decided.get("level")).isEqualTo("NONE");
		await().atMost(Duration.ofSeconds(20)).until(() -> finishedToday(department, today) > 0);
		Response figures = new HallClient(port).get("/api/v1/statistics?from=" + today + "&to=" + today
				+ "&by=DEPARTMENT&department=" + department);
		assertThat(figures.statusCode()).isEqualTo(200);
		assertThat(figures.jsonPath().getLong("[0].finished")).isPositive();
		assertThat(receivedToday(department, today)).as("received once, not again at the decision")
			.isEqualTo(receivedBefore);
	}

	@Test
	void a_special_procedure_pauses_the_watch_and_clears_a_red_level_until_it_ends() {
		HallClient boss = Handling.demoRepresentative(port);
		String number = SpecialProcedureTests.acceptedPlanningPermit(port, jdbc, boss);
		await().atMost(Duration.ofSeconds(20)).until(() -> row(number), r -> r != null && r.get("due_on") != null);
		// its promised limit ran out yesterday, as far as supervision knows: red at the next sweep
		jdbc.sql("update supervision_branch set due_on = current_date - 1 where case_number = ?").param(number).update();
		runSweep();
		assertThat(row(number).get("level")).isEqualTo("RED");

		HallClient reviewer = new HallClient(port).signedIn("ghzy.reviewer");
		String task = Handling.taskOf(reviewer, number, "review");
		assertThat(reviewer.postJson("/api/v1/tasks/" + task + "/special-procedure",
				Map.of("kind", "方案公示", "reason", "设计方案须依法公示", "expectedDays", 10)).statusCode()).isEqualTo(201);

		Map<String, Object> paused = await().atMost(Duration.ofSeconds(20)).until(() -> row(number),
				r -> Boolean.TRUE.equals(r.get("paused")));
		assertThat(paused.get("level")).isEqualTo("NONE");
		runSweep();
		assertThat(row(number).get("level")).as("paused clocks are never warned").isEqualTo("NONE");

		assertThat(reviewer.postJson("/api/v1/tasks/" + task + "/special-procedure/end",
				Map.of("outcome", "公示期满无异议")).statusCode()).isEqualTo(200);
		Map<String, Object> resumed = await().atMost(Duration.ofSeconds(20)).until(() -> row(number),
				r -> Boolean.FALSE.equals(r.get("paused")));
		assertThat(resumed.get("due_on")).as("the real due date, after the pause").isNotNull();
	}

	@Test
	void a_notice_is_answered_once_by_its_department() {
		HallClient supervisor = new HallClient(port).signedIn("dcb.supervisor1");
		Response issued = supervisor.postJson("/api/v1/supervision/notices",
				Map.of("department", "scjg", "subject", "窗口排队时间过长", "body", "请说明原因并提出整改措施。", "answerDays", 2));
		assertThat(issued.statusCode()).as(issued.asString()).isEqualTo(201);
		String id = issued.jsonPath().getString("id");
		String noticeNumber = issued.jsonPath().getString("number");
		assertThat(noticeNumber).matches("DB\\d{4}\\d{6}");
		assertThat(issued.jsonPath().getString("department")).isEqualTo("SCJG");
		assertThat(jdbc.sql("select count(*) from supervision_alert where department = 'SCJG' and message_zh like ?")
			.param("%" + noticeNumber + "%").query(Long.class).single()).isEqualTo(1);

		HallClient otherHead = new HallClient(port).signedIn("swj.head");
		assertThat(otherHead.get("/api/v1/supervision/notices/" + id).statusCode()).isEqualTo(404);
		assertThat(otherHead.postJson("/api/v1/supervision/notices/" + id + "/answer", Map.of("answer", "x"))
			.statusCode()).isEqualTo(404);
		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		assertThat(clerk.postJson("/api/v1/supervision/notices/" + id + "/answer", Map.of("answer", "x"))
			.statusCode()).isEqualTo(403);
		HallClient head = new HallClient(port).signedIn("scjg.head");
		Response blank = head.postJson("/api/v1/supervision/notices/" + id + "/answer", Map.of("answer", " "));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.jsonPath().getString("type")).endsWith("validation");

		Response answered = head.postJson("/api/v1/supervision/notices/" + id + "/answer",
				Map.of("answer", "已增开两个窗口，高峰期排队时间降至 15 分钟以内。"));
		assertThat(answered.statusCode()).as(answered.asString()).isEqualTo(200);
		assertThat(answered.jsonPath().getString("answeredBy")).isEqualTo("scjg.head");
		Response again = head.postJson("/api/v1/supervision/notices/" + id + "/answer", Map.of("answer", "再答一次"));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(supervisor.get("/api/v1/supervision/notices/" + id).jsonPath().getString("answer"))
			.startsWith("已增开两个窗口");
		assertThat(audited("supervision.noticeIssued", noticeNumber)).isEqualTo(1);
		assertThat(audited("supervision.noticeAnswered", noticeNumber)).isEqualTo(1);
	}

	@Test
	void an_unanswered_notice_is_escalated_once_and_its_heads_are_texted() {
		HallClient supervisor = new HallClient(port).signedIn("dcb.supervisor1");
		Response issued = supervisor.postJson("/api/v1/supervision/notices",
				Map.of("department", "SWJ", "subject", "办税大厅投诉", "body", "请核查并答复。"));
		String id = issued.jsonPath().getString("id");
		String noticeNumber = issued.jsonPath().getString("number");
		// its answer day passed
		jdbc.sql("update supervision_notice set answer_due_on = current_date - 1 where id = ?::uuid").param(id).update();
		long textsBefore = texts("%" + noticeNumber + "%已超过答复期限%");

		runSweep();
		runSweep();

		Response escalated = supervisor.get("/api/v1/supervision/notices/" + id);
		assertThat(escalated.jsonPath().getString("escalatedAt")).isNotNull();
		assertThat(audited("supervision.noticeEscalated", noticeNumber)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from supervision_alert where kind = 'ESCALATED' and message_zh like ?")
			.param("%" + noticeNumber + "%").query(Long.class).single()).as("one for the supervisors, one for SWJ")
			.isEqualTo(2);
		assertThat(texts("%" + noticeNumber + "%已超过答复期限%") - textsBefore).as("SWJ's head and the supervisors")
			.isGreaterThanOrEqualTo(2);
		// still answerable, and the answer is marked late
		HallClient head = new HallClient(port).signedIn("swj.head");
		assertThat(head.postJson("/api/v1/supervision/notices/" + id + "/answer", Map.of("answer", "已核查。"))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void the_demo_history_and_notices_are_there_from_the_start() {
		long historyBranches = jdbc.sql("select count(*) from supervision_branch where case_number in ("
				+ "select number from casework_case where person_account = 0)").query(Long.class).single();
		assertThat(historyBranches).as("every branch of the demo's case history, taken in at start").isPositive();
		Response figures = new HallClient(port).get("/api/v1/statistics?from=" + LocalDate.now(clock).minusMonths(5)
				+ "&to=" + LocalDate.now(clock) + "&by=TOTAL");
		assertThat(figures.jsonPath().getLong("[0].finished")).isGreaterThanOrEqualTo(300);
		assertThat(jdbc.sql("select count(*) from supervision_notice where subject = '办税服务厅高峰期排队时间过长'")
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void who_may_call_what() {
		HallClient anonymous = new HallClient(port);
		HallClient citizen = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		HallClient head = new HallClient(port).signedIn("scjg.head");
		HallClient supervisor = new HallClient(port).signedIn("dcb.supervisor1");
		for (String path : List.of("/api/v1/supervision/board", "/api/v1/supervision/alerts",
				"/api/v1/supervision/notices")) {
			assertThat(anonymous.get(path).statusCode()).as("anonymous " + path).isEqualTo(401);
			assertThat(citizen.get(path).statusCode()).as("citizen " + path).isEqualTo(403);
		}
		assertThat(clerk.get("/api/v1/supervision/board").statusCode()).isEqualTo(403);
		assertThat(clerk.get("/api/v1/supervision/notices").statusCode()).isEqualTo(200);
		Response board = head.get("/api/v1/supervision/board");
		assertThat(board.statusCode()).isEqualTo(200);
		assertThat(board.jsonPath().getList("red.department", String.class)).allMatch("SCJG"::equals);
		assertThat(board.jsonPath().getMap("byDepartment").keySet()).allMatch("SCJG"::equals);
		assertThat(supervisor.get("/api/v1/supervision/board").statusCode()).isEqualTo(200);
		Map<String, Object> notice = Map.of("department", "SCJG", "subject", "s", "body", "b");
		assertThat(head.postJson("/api/v1/supervision/notices", notice).statusCode()).isEqualTo(403);
		assertThat(citizen.postJson("/api/v1/supervision/notices", Map.of("malformed", true)).statusCode())
			.as("refused before the body is read").isEqualTo(403);
		Response unknown = supervisor.postJson("/api/v1/supervision/notices",
				Map.of("department", "NOPE", "subject", "s", "body", "b"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.jsonPath().getString("errors[0].field")).isEqualTo("department");
		assertThat(head.get("/workbench/supervision").statusCode()).isEqualTo(200);
		assertThat(clerk.get("/workbench/supervision").statusCode()).isEqualTo(403);
		assertThat(anonymous.get("/statistics").statusCode()).isEqualTo(200);
	}

	@Test
	void the_public_statistics_say_what_is_wrong_with_a_period() {
		HallClient anonymous = new HallClient(port);
		Response backwards = anonymous.get("/api/v1/statistics?from=2026-11-30&to=2026-11-01");
		assertThat(backwards.statusCode()).isEqualTo(400);
		assertThat(backwards.jsonPath().getString("errors[0].field")).isEqualTo("to");
		Response unparsable = anonymous.get("/api/v1/statistics?from=2026-02-30&to=2026-03-01");
		assertThat(unparsable.statusCode()).isIn(400, 422);
		assertThat(unparsable.asString()).contains("from");
		Response csv = anonymous.get("/api/v1/statistics/csv?from=2026-08-01&to=2026-11-30&by=MONTH");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.asString()).contains("key,received,finished,on_time");
		assertThat(new HallClient(port, "en").get("/statistics?from=2026-11-30&to=2026-11-01").asString())
			.contains("The end of the period cannot lie before its start.");
	}

	private void runSweep() {
		assertThat(sweep.sweep()).as("no other node sweeps now").isPresent();
	}

	private Map<String, Object> row(String number) {
		return jdbc.sql("select * from supervision_branch where case_number = ? order by stage limit 1").param(number)
			.query().listOfRows().stream().findFirst().orElse(null);
	}

	private long receivedToday(String department, LocalDate today) {
		return jdbc.sql("select coalesce(sum(received), 0) from supervision_daily where department = ? and day = ?")
			.params(department, java.sql.Date.valueOf(today)).query(Long.class).single();
	}

	private long finishedToday(String department, LocalDate today) {
		return jdbc.sql("select coalesce(sum(finished), 0) from supervision_daily where department = ? and day = ?")
			.params(department, java.sql.Date.valueOf(today)).query(Long.class).single();
	}

	private long audited(String action, String number) {
		return jdbc.sql("select count(*) from shared_audit_entry where action = ? and object_id = ?")
			.params(action, number).query(Long.class).single();
	}

	private long texts(String like) {
		return jdbc.sql("select count(*) from identity_dev_sms where text like ?").param(like).query(Long.class).single();
	}
}
