package org.govhall.casework;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.casework.internal.DeadlineSweep;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Special procedures whose time does not count (特别程序): a reviewer of the branch's department starts one the
 * item's guide names (建设工程规划许可证核发: 方案公示), the clock pauses, the steps and the sweep wait, the applicant sees
 * it and is told; the head ends it and the clock runs again. Another department answers 403, a second one 409.
 */
@GovHallTest
public class SpecialProcedureTests {

	/** 建设工程规划许可证核发 (GHZY): its guide's 方案公示 does not count toward the limit. */
	static final String PLANNING_PERMIT = "XK00601001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void a_special_procedure_pauses_the_branch_until_it_ends_and_only_its_department_runs_it() {
		HallClient boss = Handling.demoRepresentative(port);
		String number = acceptedPlanningPermit(port, jdbc, boss);
		HallClient reviewer = new HallClient(port).signedIn("ghzy.reviewer");
		HallClient head = new HallClient(port).signedIn("ghzy.head");
		String task = Handling.taskOf(reviewer, number, "review");
		String path = "/api/v1/tasks/" + task + "/special-procedure";
		List<Object> events;
		String dueBefore = boss.get("/api/v1/cases/" + number).jsonPath().getString("branches[0].dueOn");

		assertThat(reviewer.get(path).jsonPath().getList("allowed.name")).containsExactly("方案公示");
		Map<String, Object> start = Map.of("kind", "方案公示", "reason", "设计方案须依法公示", "expectedDays", 10);
		assertThat(new HallClient(port).signedIn("gaj.reviewer").postJson(path, start).statusCode())
			.as("another department").isEqualTo(403);
		assertThat(new HallClient(port).signedIn("ghzy.clerk").postJson(path, start).statusCode())
			.as("reviewers and heads only").isEqualTo(403);
		Response wrongKind = reviewer.postJson(path, Map.of("kind", "听证", "reason", "需要", "expectedDays", 5));
		assertThat(wrongKind.statusCode()).isEqualTo(400);
		assertThat(wrongKind.jsonPath().getString("errors[0].field")).isEqualTo("kind");
		assertThat(wrongKind.jsonPath().getString("errors[0].message")).contains("方案公示");

		try (RaisedEvents raised = RaisedEvents.of(context, SpecialProcedureStarted.class, SpecialProcedureEnded.class)) {
			Response started = reviewer.postJson(path, start);
			assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
			assertThat(started.jsonPath().getBoolean("running")).isTrue();
			assertThat(reviewer.postJson(path, start).statusCode()).as("one at a time").isEqualTo(409);

			Response file = boss.get("/api/v1/cases/" + number);
			assertThat(file.jsonPath().getBoolean("branches[0].paused")).isTrue();
			assertThat(file.jsonPath().getString("branches[0].specialProcedure")).isEqualTo("方案公示");
			assertThat(file.jsonPath().getString("branches[0].remainingWorkingDays")).isNull();
			assertThat(file.jsonPath().getList("timeline.kind")).contains("SPECIAL_PROCEDURE_STARTED");
			assertThat(boss.get("/api/v1/cases/notifications").jsonPath().getList("text", String.class))
				.anyMatch(t -> t.contains("方案公示") && t.contains(number));
			assertThat(boss.get("/my/cases/" + number).asString()).contains("特别程序：方案公示");
			assertThat(reviewer.get("/workbench/tasks/" + task).asString()).contains("id=\"special-running\"");

			assertThat(reviewer.postJson("/api/v1/tasks/" + task + "/review", Map.of("opinion", "同意")).statusCode())
				.as("the review waits for the procedure's end").isEqualTo(409);
			assertThat(reviewer.postJson("/api/v1/tasks/" + task + "/extension",
					Map.of("workingDays", 5, "reason", "需延期")).statusCode()).as("a paused clock is not extended")
				.isEqualTo(409);
			jdbc.sql("update casework_branch set due_on = current_date - 3 where case_number = ?").param(number)
				.update();
			sweep.sweep();
			assertThat(count("casework_timeline where kind = 'ESCALATED' and case_number = ?", number))
				.as("the sweep leaves a paused branch alone").isZero();
			assertThat(count("casework_branch where warned_at is not null and case_number = ?", number)).isZero();
			jdbc.sql("update casework_branch set due_on = null where case_number = ?").param(number).update();

			assertThat(new HallClient(port).signedIn("gaj.head").postJson(path + "/end", Map.of()).statusCode())
				.isEqualTo(403);
			Response ended = head.postJson(path + "/end", Map.of("outcome", "公示期满无异议"));
			assertThat(ended.statusCode()).as(ended.asString()).isEqualTo(200);
			assertThat(ended.jsonPath().getBoolean("running")).isFalse();
			assertThat(head.postJson(path + "/end", Map.of()).statusCode()).as("none runs").isEqualTo(409);
			events = raised.stream().toList();
		}

		Response file = boss.get("/api/v1/cases/" + number);
		assertThat(file.jsonPath().getBoolean("branches[0].paused")).isFalse();
		assertThat(file.jsonPath().getString("branches[0].specialProcedure")).isNull();
		assertThat(file.jsonPath().getString("branches[0].dueOn")).as("started and ended the same day")
			.isEqualTo(dueBefore);
		assertThat(file.jsonPath().getList("timeline.kind")).contains("SPECIAL_PROCEDURE_ENDED");
		assertThat(events).hasSize(2);
		assertThat(events).filteredOn(e -> e instanceof SpecialProcedureStarted s && s.facts().caseNumber().equals(number)
				&& s.facts().paused() && s.kind().equals("方案公示")).hasSize(1);
		assertThat(events).filteredOn(e -> e instanceof SpecialProcedureEnded s && s.facts().caseNumber().equals(number)
				&& !s.facts().paused() && s.pausedWorkingDays() == 0).hasSize(1);
		assertThat(count("shared_audit_entry where object_id = ? and action in ('casework.specialProcedureStarted', "
				+ "'casework.specialProcedureEnded')", number)).isEqualTo(2);
		assertThat(reviewer.postJson("/api/v1/tasks/" + task + "/review", Map.of("opinion", "同意")).statusCode())
			.isEqualTo(204);
	}

	@Test
	void no_special_procedure_before_acceptance_nor_for_an_item_whose_guide_names_none() {
		HallClient boss = Handling.demoRepresentative(port);
		String credit = boss.get("/api/v1/identity/me/companies").jsonPath().getString("[0].creditCode");
		String number = Applying.applied(boss, Map.of("item", planningPermit(jdbc), "actingFor", credit));
		HallClient head = new HallClient(port).signedIn("ghzy.head");
		String intake = Handling.taskOf(new HallClient(port).signedIn("ghzy.clerk"), number, "intake");
		assertThat(head.postJson("/api/v1/tasks/" + intake + "/special-procedure",
				Map.of("kind", "方案公示", "reason", "公示", "expectedDays", 10)).statusCode())
			.as("not before acceptance").isEqualTo(409);

		HallClient applicant = org.govhall.support.Citizens.signedIn(port, jdbc,
				org.govhall.support.Citizens.unregistered(jdbc));
		String item = CaseworkTests.personalItem(jdbc);
		String department = jdbc.sql("select department_code from catalog_item where implementation_code = ?")
			.param(item).query(String.class).single().toLowerCase();
		String plain = Applying.applied(applicant, Map.of("item", item));
		HallClient clerk = new HallClient(port).signedIn(department + ".clerk");
		clerk.postJson("/api/v1/tasks/" + Handling.taskOf(clerk, plain, "intake") + "/intake", Map.of("outcome", "ACCEPT"));
		HallClient reviewer = new HallClient(port).signedIn(department + ".reviewer");
		String review = Handling.taskOf(reviewer, plain, "review");
		assertThat(reviewer.get("/api/v1/tasks/" + review + "/special-procedure").jsonPath().getList("allowed")).isEmpty();
		Response none = reviewer.postJson("/api/v1/tasks/" + review + "/special-procedure",
				Map.of("kind", "专家评审", "reason", "需要", "expectedDays", 5));
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(none.jsonPath().getString("errors[0].field")).isEqualTo("kind");
	}

	/** The implementation code of the demo's 建设工程规划许可证核发. */
	public static String planningPermit(JdbcClient jdbc) {
		return jdbc.sql("select implementation_code from catalog_item where basic_code = ? order by implementation_code limit 1")
			.param(PLANNING_PERMIT).query(String.class).single();
	}

	/** A fresh 建设工程规划许可证核发 of the first demo company, accepted by GHZY's window: its review is open. */
	public static String acceptedPlanningPermit(int port, JdbcClient jdbc, HallClient boss) {
		String credit = boss.get("/api/v1/identity/me/companies").jsonPath().getString("[0].creditCode");
		String number = Applying.applied(boss, Map.of("item", planningPermit(jdbc), "actingFor", credit));
		HallClient clerk = new HallClient(port).signedIn("ghzy.clerk");
		Response accepted = clerk.postJson("/api/v1/tasks/" + Handling.taskOf(clerk, number, "intake") + "/intake",
				Map.of("outcome", "ACCEPT"));
		assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(204);
		return number;
	}

	private long count(String fromWhere, String number) {
		return jdbc.sql("select count(*) from " + fromWhere).param(number).query(Long.class).single();
	}
}
