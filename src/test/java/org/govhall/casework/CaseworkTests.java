package org.govhall.casework;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.govhall.casework.internal.CaseNumbers;
import org.govhall.casework.internal.DeadlineSweep;
import org.govhall.shared.calendar.WorkingDays;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying and handling over the API: an ordinary item from start to approval, the 开办企业 bundle with its
 * merged form, verified prefill, parallel branches, one correction and the clock paused for it, a refusal that
 * stops the other branches, idempotent submission, and who may see and touch what.
 */
@GovHallTest
public class CaseworkTests {

	/** 开办企业一件事: 有限责任公司设立登记 (SCJG), then seal, invoice, social insurance, provident fund in parallel. */
	static final String COMPANY_SET_UP = "YJS-KBQY";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	DeadlineSweep sweep;

	@Test
	void a_submission_is_made_once_whatever_the_retries_and_only_its_applicant_sees_it() {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		Response started = Applying.start(applicant, Map.of("item", personalItem()));
		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		String id = started.jsonPath().getString("id");

		Response early = Applying.submit(applicant, id, "first-try");
		assertThat(early.statusCode()).as("the pre-check refuses an empty form").isEqualTo(400);
		assertThat(early.jsonPath().getList("errors.field")).isNotEmpty();
		assertThat(count("casework_case where application_id = '" + id + "'")).isZero();

		Applying.fillIn(applicant, started);
		Response ready = Applying.uploadRequired(applicant, applicant.get("/api/v1/applications/" + id));
		assertThat(applicant.get("/api/v1/applications/" + id + "/precheck").jsonPath().getList("problems")).isEmpty();
		assertThat(Applying.submit(applicant, id, "").statusCode()).as("no key").isEqualTo(400);

		String key = UUID.randomUUID().toString();
		Response made = Applying.submit(applicant, id, key);
		assertThat(made.statusCode()).as(made.asString()).isEqualTo(201);
		String number = made.jsonPath().getString("caseNumber");
		assertThat(CaseNumbers.wellFormed(number)).as(number).isTrue();
		Response again = Applying.submit(applicant, id, key);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.jsonPath().getString("caseNumber")).isEqualTo(number);
		assertThat(Applying.submit(applicant, id, UUID.randomUUID().toString()).jsonPath().getString("caseNumber"))
			.as("the application is submitted already").isEqualTo(number);
		assertThat(count("casework_case where application_id = '" + id + "'")).isEqualTo(1);
		assertThat(count("act_ru_execution where business_key_ = '" + number + "'")).as("one running process")
			.isEqualTo(1);
		assertThat(ready.statusCode()).isEqualTo(200);

		Response mine = applicant.get("/api/v1/cases/" + number);
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.jsonPath().getString("summary.status")).isEqualTo("SUBMITTED");
		assertThat(mine.jsonPath().getString("branches[0].dueOn")).isNotNull();
		assertThat(mine.jsonPath().getList("timeline.kind")).containsExactly("SUBMITTED");

		HallClient stranger = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		assertThat(stranger.get("/api/v1/cases/" + number).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/applications/" + id).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/cases").jsonPath().getList("number")).doesNotContain(number);
		assertThat(applicant.get("/api/v1/cases").jsonPath().getList("number")).contains(number);
	}

	@Test
	void an_ordinary_item_is_accepted_reviewed_and_approved_by_its_own_department_only() {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String item = personalItem();
		String department = jdbc.sql("select department_code from catalog_item where implementation_code = ?")
			.param(item).query(String.class).single().toLowerCase();
		String number = Applying.applied(applicant, Map.of("item", item));

		HallClient otherClerk = new HallClient(port).signedIn(department.equals("gaj") ? "mzj.clerk" : "gaj.clerk");
		String intake = Handling.taskOf(new HallClient(port).signedIn(department + ".clerk"), number, "intake");
		assertThat(otherClerk.post("/api/v1/tasks/" + intake + "/claim").statusCode()).isEqualTo(403);
		assertThat(otherClerk.get("/api/v1/cases/" + number).statusCode()).isEqualTo(404);
		assertThat(applicant.post("/api/v1/tasks/" + intake + "/claim").statusCode()).isEqualTo(403);

		HallClient clerk = new HallClient(port).signedIn(department + ".clerk");
		HallClient reviewer = new HallClient(port).signedIn(department + ".reviewer");
		HallClient head = new HallClient(port).signedIn(department + ".head");
		assertThat(reviewer.postJson("/api/v1/tasks/" + intake + "/intake", Map.of("outcome", "ACCEPT")).statusCode())
			.as("a reviewer does not take intake").isEqualTo(403);
		assertThat(clerk.post("/api/v1/tasks/" + intake + "/claim").jsonPath().getString("assignee"))
			.isEqualTo(department + ".clerk");
		assertThat(clerk.postJson("/api/v1/tasks/" + intake + "/intake", Map.of("outcome", "ACCEPT")).statusCode())
			.isEqualTo(204);
		assertThat(clerk.postJson("/api/v1/tasks/" + intake + "/intake", Map.of("outcome", "ACCEPT")).statusCode())
			.as("done already").isEqualTo(404);

		String review = Handling.taskOf(reviewer, number, "review");
		assertThat(reviewer.postJson("/api/v1/tasks/" + review + "/review", Map.of("opinion", "材料齐全，符合条件"))
			.statusCode()).isEqualTo(204);
		String decision = Handling.taskOf(head, number, "decision");
		Response unreasoned = head.postJson("/api/v1/tasks/" + decision + "/decision", Map.of("approve", false));
		assertThat(unreasoned.statusCode()).isEqualTo(400);
		assertThat(unreasoned.jsonPath().getString("errors[0].field")).isEqualTo("reason");
		assertThat(applicant.get("/api/v1/cases/" + number + "/decision").statusCode())
			.as("no letter before the decision").isEqualTo(409);
		assertThat(head.postJson("/api/v1/tasks/" + decision + "/decision", Map.of("approve", true)).statusCode())
			.isEqualTo(204);
		String letter = DecisionLetterText.of(applicant.get("/api/v1/cases/" + number + "/decision"));
		assertThat(letter).contains("准予行政许可决定书", number, "决定准予", "本决定自作出之日起生效");
		assertThat(otherClerk.get("/api/v1/cases/" + number + "/decision").statusCode()).isEqualTo(404);

		Response done = applicant.get("/api/v1/cases/" + number);
		assertThat(done.jsonPath().getString("summary.status")).isEqualTo("APPROVED");
		assertThat(done.jsonPath().getString("branches[0].status")).isEqualTo("APPROVED");
		assertThat(done.jsonPath().getList("timeline.kind")).containsExactly("SUBMITTED", "ACCEPTED", "REVIEWED",
				"APPROVED", "FINISHED");
		assertThat(count("shared_audit_entry where object_id = '" + number + "' and action like 'casework.%'"))
			.as("every decision audited").isGreaterThanOrEqualTo(4);
		assertThat(applicant.get("/api/v1/cases/notifications").jsonPath().getList("caseNumber")).contains(number);
		assertThat(head.get("/api/v1/cases/" + number).jsonPath().getList("timeline.kind")).contains("FINISHED");
		assertThat(applicant.postJson("/api/v1/cases/" + number + "/withdrawal", Map.of("reason", "不需要了"))
			.statusCode()).as("finished cases are not withdrawn").isEqualTo(409);
	}

	@Test
	void the_company_set_up_bundle_asks_each_element_once_prefills_from_the_register_and_runs_its_members_in_parallel() {
		HallClient boss = Handling.demoRepresentative(port);
		String creditCode = boss.get("/api/v1/identity/me/companies").jsonPath().getString("[0].creditCode");
		Response started = Applying.start(boss, Map.of("bundle", COMPANY_SET_UP, "actingFor", creditCode));
		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		assertThat(started.jsonPath().getInt("savedEntries")).as("companyName asked by five items, once")
			.isGreaterThanOrEqualTo(8);
		List<Map<String, Object>> fields = started.jsonPath().getList("fields");
		Map<String, Object> companyName = fields.stream().filter(f -> "companyName".equals(f.get("key"))).findFirst()
			.orElseThrow();
		assertThat(companyName.get("verified")).isEqualTo(true);
		assertThat((List<?>) companyName.get("items")).hasSize(5);
		assertThat(fields.stream().filter(f -> "legalRepresentative".equals(f.get("key"))).findFirst().orElseThrow()
			.get("source")).isEqualTo("SCJG-QYDJ");
		assertThat(started.jsonPath().getList("materials.exemptBecause")).anyMatch(e -> e != null);
		assertThat(count("exchange_access_log where subject = '" + creditCode + "' and purpose like '网上申请预填%'"))
			.as("the prefill's lookup in the access log, the item as purpose").isGreaterThanOrEqualTo(1);

		String id = started.jsonPath().getString("id");
		Applying.fillIn(boss, started);
		Response tampered = boss.request().contentType("application/json")
			.body(Map.of("version", boss.get("/api/v1/applications/" + id).jsonPath().getInt("version"), "answers",
					Map.of("companyName", "别的公司")))
			.put("/api/v1/applications/" + id);
		assertThat(tampered.statusCode()).isEqualTo(200);
		Applying.uploadRequired(boss, tampered);
		Response refused = Applying.submit(boss, id, UUID.randomUUID().toString());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.jsonPath().getString("errors.find { it.field == 'companyName' }.message")).contains("已核验");
		Response restored = boss.request().contentType("application/json")
			.body(Map.of("version", boss.get("/api/v1/applications/" + id).jsonPath().getInt("version"), "answers",
					Map.of("companyName", companyName.get("value"))))
			.put("/api/v1/applications/" + id);
		assertThat(restored.statusCode()).isEqualTo(200);
		Response submitted = Applying.submit(boss, id, UUID.randomUUID().toString());
		assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(201);
		String number = submitted.jsonPath().getString("caseNumber");

		Response opened = boss.get("/api/v1/cases/" + number);
		assertThat(opened.jsonPath().getList("branches.status")).containsExactly("INTAKE", "WAITING", "WAITING",
				"WAITING", "WAITING");
		Handling.handle(port, number, "scjg", true);
		Response second = boss.get("/api/v1/cases/" + number);
		assertThat(second.jsonPath().getList("branches.status")).containsExactly("APPROVED", "INTAKE", "INTAKE",
				"INTAKE", "INTAKE");

		HallClient gajClerk = new HallClient(port).signedIn("gaj.clerk");
		String sealIntake = Handling.taskOf(gajClerk, number, "intake");
		assertThat(gajClerk.postJson("/api/v1/tasks/" + sealIntake + "/intake", Map.of("outcome", "CORRECTION",
				"corrections", List.of(Map.of("field", "sealCount", "reason", "首套印章为五枚，请核对")))).statusCode())
			.isEqualTo(204);
		Response waiting = boss.get("/api/v1/cases/" + number);
		assertThat(waiting.jsonPath().getString("summary.status")).isEqualTo("CORRECTION");
		assertThat(waiting.jsonPath().getList("corrections.entries.field").toString()).contains("sealCount");
		assertThat(waiting.jsonPath().getList("branches.paused")).contains(true);
		for (String department : List.of("swj", "rsj", "gjj")) {
			Handling.handle(port, number, department, true);
		}
		assertThat(boss.get("/api/v1/cases/" + number).jsonPath().getString("summary.status"))
			.as("still waiting for the seal's corrections").isEqualTo("CORRECTION");
		Response corrected = boss.postJson("/api/v1/cases/" + number + "/correction", Map.of("answers",
				Map.of(sealKey(fields), "5")));
		assertThat(corrected.statusCode()).as(corrected.asString()).isEqualTo(200);
		assertThat(corrected.jsonPath().getList("timeline.kind")).contains("CORRECTION_REQUESTED", "RESUMED");
		String again = Handling.taskOf(gajClerk, number, "intake");
		assertThat(gajClerk.postJson("/api/v1/tasks/" + again + "/intake", Map.of("outcome", "CORRECTION",
				"corrections", List.of(Map.of("field", "sealCount", "reason", "再补一次")))).statusCode())
			.as("corrections are asked for once").isEqualTo(409);
		Handling.handle(port, number, "gaj", true);

		Response finished = boss.get("/api/v1/cases/" + number);
		assertThat(finished.jsonPath().getString("summary.status")).isEqualTo("APPROVED");
		assertThat(finished.jsonPath().getList("branches.status")).containsOnly("APPROVED");
	}

	@Test
	void a_refusal_in_one_branch_stops_the_others_and_ends_the_case_with_one_decision() {
		HallClient boss = Handling.demoRepresentative(port);
		String creditCode = boss.get("/api/v1/identity/me/companies").jsonPath().getString("[0].creditCode");
		String number = Applying.applied(boss, Map.of("bundle", COMPANY_SET_UP, "actingFor", creditCode));
		Handling.handle(port, number, "scjg", true);
		Handling.handle(port, number, "swj", true);
		HallClient rsj = new HallClient(port).signedIn("rsj.clerk");
		String intake = Handling.taskOf(rsj, number, "intake");
		assertThat(rsj.postJson("/api/v1/tasks/" + intake + "/intake", Map.of("outcome", "ACCEPT")).statusCode())
			.isEqualTo(204);
		HallClient rsjReviewer = new HallClient(port).signedIn("rsj.reviewer");
		rsjReviewer.postJson("/api/v1/tasks/" + Handling.taskOf(rsjReviewer, number, "review") + "/review", Map.of());
		HallClient rsjHead = new HallClient(port).signedIn("rsj.head");
		assertThat(rsjHead.postJson("/api/v1/tasks/" + Handling.taskOf(rsjHead, number, "decision") + "/decision",
				Map.of("approve", false, "reason", "开户银行账号与单位名称不一致", "legalBasis", "《社会保险法》第五十七条"))
			.statusCode()).isEqualTo(204);

		Response file = boss.get("/api/v1/cases/" + number);
		assertThat(file.jsonPath().getString("summary.status")).isEqualTo("REFUSED");
		assertThat(file.jsonPath().getString("decisionReason")).contains("开户银行账号");
		assertThat(file.jsonPath().getList("branches.status")).containsExactly("APPROVED", "STOPPED", "APPROVED",
				"REFUSED", "STOPPED");
		assertThat(count("act_ru_task where proc_inst_id_ = (select process_instance from casework_case where number = '"
				+ number + "')")).as("no task left behind").isZero();
		String letter = DecisionLetterText.of(boss.get("/api/v1/cases/" + number + "/decision"));
		assertThat(letter).contains("不予行政许可决定书", file.jsonPath().getString("summary.companyName"),
				"开户银行账号与单位名称不一致", "《社会保险法》第五十七条", "行政复议");
		assertThat(DecisionLetterText.of(boss.get("/api/v1/cases/" + number + "/decision?lang=en")))
			.contains("Decisionnottograntanadministrativelicence", "administrativereconsideration");
		HallClient gjj = new HallClient(port).signedIn("gjj.clerk");
		assertThat(gjj.get("/api/v1/tasks").jsonPath().getList("caseNumber")).doesNotContain(number);
	}

	@Test
	void an_applicant_withdraws_a_running_case_and_its_tasks_are_gone() {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String number = Applying.applied(applicant, Map.of("item", personalItem()));
		assertThat(applicant.postJson("/api/v1/cases/" + number + "/withdrawal", Map.of()).statusCode()).isEqualTo(400);
		Response withdrawn = applicant.postJson("/api/v1/cases/" + number + "/withdrawal", Map.of("reason", "信息填错了"));
		assertThat(withdrawn.statusCode()).isEqualTo(200);
		assertThat(withdrawn.jsonPath().getString("summary.status")).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.jsonPath().getList("branches.status")).containsOnly("STOPPED");
		assertThat(count("act_ru_execution where business_key_ = '" + number + "'")).isZero();
	}

	@Test
	void uploads_are_sniffed_capped_and_never_archives_or_polyglots() {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		Response started = Applying.start(applicant, Map.of("item", personalItem()));
		String id = started.jsonPath().getString("id");
		String key = started.jsonPath().getList("materials").stream()
			.map(m -> (Map<?, ?>) m).filter(m -> m.get("exemptBecause") == null).map(m -> (String) m.get("key"))
			.findFirst().orElseThrow();
		Response html = Applying.upload(applicant, id, key, "scan.pdf", "<html><script>alert(1)</script>".getBytes());
		assertThat(html.statusCode()).isEqualTo(400);
		assertThat(html.jsonPath().getString("errors[0].field")).isEqualTo("file");
		byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 0 };
		assertThat(Applying.upload(applicant, id, key, "a.pdf", zip).statusCode()).as("an archive").isEqualTo(400);
		byte[] polyglot = new byte[Applying.PDF.length + 4];
		System.arraycopy(Applying.PDF, 0, polyglot, 0, Applying.PDF.length);
		System.arraycopy(zip, 0, polyglot, Applying.PDF.length, 4);
		Response both = Applying.upload(applicant, id, key, "a.pdf", polyglot);
		assertThat(both.statusCode()).isEqualTo(400);
		assertThat(both.jsonPath().getString("detail")).contains("压缩包");
		Response pdf = Applying.upload(applicant, id, key, "../../etc/passwd.pdf", Applying.PDF);
		assertThat(pdf.statusCode()).isEqualTo(200);
		Map<?, ?> uploaded = pdf.jsonPath().getList("materials").stream().map(m -> (Map<?, ?>) m)
			.filter(m -> key.equals(m.get("key"))).findFirst().orElseThrow();
		assertThat(((Map<?, ?>) uploaded.get("uploaded")).get("fileName")).isEqualTo("passwd.pdf");
		assertThat(((Map<?, ?>) uploaded.get("uploaded")).get("contentType")).isEqualTo("application/pdf");
		Response preview = applicant.get("/api/v1/applications/" + id + "/materials/" + key);
		assertThat(preview.contentType()).startsWith("application/pdf");
		assertThat(preview.asByteArray()).isEqualTo(Applying.PDF);
		HallClient stranger = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		assertThat(stranger.get("/api/v1/applications/" + id + "/materials/" + key).statusCode()).isEqualTo(404);
	}

	@Test
	void a_branch_past_its_last_day_is_escalated_once_never_approved_silently() {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String number = Applying.applied(applicant, Map.of("item", personalItem()));
		jdbc.sql("update casework_branch set due_on = current_date - 3 where case_number = ?").param(number).update();
		sweep.sweep();
		sweep.sweep();
		assertThat(count("casework_timeline where case_number = '" + number + "' and kind = 'ESCALATED'")).isEqualTo(1);
		assertThat(count("shared_audit_entry where object_id = '" + number + "' and action = 'casework.escalated'"))
			.isEqualTo(1);
		Response file = applicant.get("/api/v1/cases/" + number);
		assertThat(file.jsonPath().getString("summary.status")).isEqualTo("SUBMITTED");
		assertThat(file.jsonPath().getList("timeline.kind")).as("staff-only entry").doesNotContain("ESCALATED");
	}

	@Test
	void a_window_clerk_registers_an_application_for_the_person_present_into_the_same_flow() {
		Citizens.Someone someone = Citizens.unregistered(jdbc);
		HallClient citizen = Citizens.signedIn(port, jdbc, someone);
		String item = personalItem();
		String department = jdbc.sql("select department_code from catalog_item where implementation_code = ?")
			.param(item).query(String.class).single().toLowerCase();
		HallClient clerk = new HallClient(port).signedIn(department + ".clerk");

		Response wrongName = clerk.postJson("/api/v1/applications",
				Map.of("item", item, "applicant", Map.of("identityNumber", someone.idNumber(), "name", "张冒名")));
		assertThat(wrongName.statusCode()).isEqualTo(400);
		assertThat(wrongName.jsonPath().getString("errors[0].field")).isEqualTo("applicant.name");
		Response nobody = clerk.postJson("/api/v1/applications",
				Map.of("item", item, "applicant", Map.of("identityNumber", "11010519491231002X", "name", "某某")));
		assertThat(nobody.statusCode()).isEqualTo(400);
		assertThat(new HallClient(port).signedIn(department + ".reviewer").postJson("/api/v1/applications",
				Map.of("item", item, "applicant", Map.of("identityNumber", someone.idNumber(), "name", someone.name())))
			.statusCode()).as("window clerks only").isEqualTo(403);

		Response started = clerk.postJson("/api/v1/applications",
				Map.of("item", item, "applicant", Map.of("identityNumber", someone.idNumber(), "name", someone.name())));
		assertThat(started.statusCode()).as(started.asString()).isEqualTo(201);
		String id = started.jsonPath().getString("id");
		assertThat(started.jsonPath().getString("applicantName")).isEqualTo(someone.name());
		HallClient otherClerk = new HallClient(port).signedIn(department.equals("gaj") ? "mzj.clerk" : "gaj.clerk");
		assertThat(otherClerk.get("/api/v1/applications/" + id).statusCode()).isEqualTo(404);
		assertThat(clerk.get("/api/v1/applications").jsonPath().getList("id")).contains(id);

		Applying.fillIn(clerk, started);
		Applying.uploadRequired(clerk, started);
		String key = UUID.randomUUID().toString();
		assertThat(Applying.submit(otherClerk, id, key).statusCode()).isEqualTo(404);
		Response submitted = Applying.submit(clerk, id, key);
		assertThat(submitted.statusCode()).as(submitted.asString()).isEqualTo(201);
		String number = submitted.jsonPath().getString("caseNumber");
		assertThat(Applying.submit(clerk, id, key).jsonPath().getString("caseNumber")).isEqualTo(number);

		assertThat(citizen.get("/api/v1/cases").jsonPath().getList("number")).as("the person follows it online")
			.contains(number);
		assertThat(jdbc.sql("select channel from casework_case where number = ?").param(number).query(String.class)
			.single()).isEqualTo("WINDOW");
		assertThat(count("shared_audit_entry where action = 'casework.applicationStartedAtWindow' and object_id = '" + id
				+ "' and actor = '" + department + ".clerk'")).isEqualTo(1);
		assertThat(Handling.taskOf(clerk, number, "intake")).isNotBlank();
	}

	@Test
	void a_limit_is_extended_only_with_the_heads_approval_once_and_the_applicant_learns_the_new_date() {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String item = personalItem();
		String department = jdbc.sql("select department_code from catalog_item where implementation_code = ?")
			.param(item).query(String.class).single().toLowerCase();
		String number = Applying.applied(applicant, Map.of("item", item));
		HallClient clerk = new HallClient(port).signedIn(department + ".clerk");
		HallClient head = new HallClient(port).signedIn(department + ".head");
		String intake = Handling.taskOf(clerk, number, "intake");
		String before = applicant.get("/api/v1/cases/" + number).jsonPath().getString("branches[0].dueOn");

		Response tooLong = clerk.postJson("/api/v1/tasks/" + intake + "/extension",
				Map.of("workingDays", 11, "reason", "需现场核查"));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.jsonPath().getString("errors[0].field")).isEqualTo("workingDays");
		HallClient otherClerk = new HallClient(port).signedIn(department.equals("gaj") ? "mzj.clerk" : "gaj.clerk");
		assertThat(otherClerk.postJson("/api/v1/tasks/" + intake + "/extension",
				Map.of("workingDays", 5, "reason", "需现场核查")).statusCode()).isEqualTo(403);
		Response asked = clerk.postJson("/api/v1/tasks/" + intake + "/extension",
				Map.of("workingDays", 5, "reason", "需现场核查"));
		assertThat(asked.statusCode()).as(asked.asString()).isEqualTo(201);
		long id = asked.jsonPath().getLong("id");
		assertThat(clerk.postJson("/api/v1/tasks/" + intake + "/extension", Map.of("workingDays", 3, "reason", "再延"))
			.statusCode()).as("one at a time").isEqualTo(409);
		assertThat(clerk.get("/api/v1/extensions").statusCode()).as("heads only").isEqualTo(403);
		assertThat(applicant.get("/api/v1/cases/" + number).jsonPath().getString("branches[0].dueOn"))
			.as("nothing changes before the head decides").isEqualTo(before);

		assertThat(head.get("/api/v1/extensions").jsonPath().getList("id", Long.class)).contains(id);
		assertThat(new HallClient(port).signedIn(department.equals("gaj") ? "mzj.head" : "gaj.head")
			.postJson("/api/v1/extensions/" + id + "/decision", Map.of("approve", true)).statusCode())
			.as("another department's head").isEqualTo(404);
		Response approved = head.postJson("/api/v1/extensions/" + id + "/decision", Map.of("approve", true));
		assertThat(approved.statusCode()).as(approved.asString()).isEqualTo(200);
		assertThat(approved.jsonPath().getString("status")).isEqualTo("APPROVED");
		assertThat(head.postJson("/api/v1/extensions/" + id + "/decision", Map.of("approve", false, "note", "不"))
			.statusCode()).as("decided once").isEqualTo(409);

		Response file = applicant.get("/api/v1/cases/" + number);
		String after = file.jsonPath().getString("branches[0].dueOn");
		assertThat(java.time.LocalDate.parse(after)).isAfter(java.time.LocalDate.parse(before));
		assertThat(file.jsonPath().getInt("branches[0].extension")).isEqualTo(5);
		assertThat(file.jsonPath().getList("timeline.kind")).contains("EXTENDED").doesNotContain("EXTENSION_REQUESTED");
		assertThat(applicant.get("/api/v1/cases/notifications").jsonPath().getList("text", String.class))
			.anyMatch(t -> t.contains("延长 5 个工作日") && t.contains(after));
		assertThat(clerk.postJson("/api/v1/tasks/" + intake + "/extension", Map.of("workingDays", 2, "reason", "再延"))
			.statusCode()).as("once per branch").isEqualTo(409);
		assertThat(count("shared_audit_entry where object_id = '" + number
				+ "' and action in ('casework.extensionRequested', 'casework.extensionApproved', 'casework.extended')"))
			.isEqualTo(3);
	}

	@Test
	void the_demo_holds_a_case_history_in_every_ending_with_company_set_up_in_about_six_and_a_half_working_days() {
		assertThat(count("casework_case where person_account = 0")).isEqualTo(360);
		assertThat(jdbc.sql("select distinct status from casework_case where person_account = 0").query(String.class)
			.list()).containsExactlyInAnyOrder("APPROVED", "REFUSED", "NOT_ACCEPTED", "WITHDRAWN");
		assertThat(count("casework_case c where person_account = 0 and not exists (select 1 from casework_branch b "
				+ "where b.case_number = c.number)")).as("every case has its branches").isZero();
		assertThat(jdbc.sql("select number from casework_case where person_account = 0").query(String.class).list())
			.allMatch(CaseNumbers::wellFormed);
		var calendar = workingDays.calendar();
		List<Integer> setUp = jdbc.sql("""
				select submitted_on, (finished_at at time zone 'Asia/Shanghai')::date from casework_case
				where person_account = 0 and bundle_code = 'YJS-KBQY' and status = 'APPROVED'""")
			.query((rs, n) -> calendar.workingDaysBetween(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()))
			.list();
		assertThat(setUp).hasSizeGreaterThan(30);
		assertThat(setUp.stream().mapToInt(Integer::intValue).average().orElseThrow()).isBetween(5.5, 7.5);
		assertThat(count("casework_branch b join casework_case c on c.number = b.case_number where c.person_account = 0 "
				+ "and c.status = 'APPROVED' and c.bundle_code is null and (c.finished_at at time zone 'Asia/Shanghai')::date > b.due_on"))
			.as("a few were late").isPositive();

		HallClient scjg = new HallClient(port).signedIn("scjg.head");
		assertThat(scjg.get("/api/v1/cases?size=100").jsonPath().getList("number")).as("staff read their history")
			.isNotEmpty();
		assertThat(Handling.demoRepresentative(port).get("/api/v1/cases?size=100").jsonPath().getList("number", String.class))
			.as("no applicant sees it").noneMatch(n -> jdbc.sql("select person_account from casework_case where number = ?")
				.param(n).query(Long.class).single() == 0);
	}

	private static String sealKey(List<Map<String, Object>> fields) {
		return fields.stream().map(f -> (String) f.get("key")).filter(k -> k.endsWith("sealCount")).findFirst()
			.orElseThrow();
	}

	/** A published item for private persons, applied for online, with a form. */
	private String personalItem() {
		return personalItem(jdbc);
	}

	public static String personalItem(JdbcClient jdbc) {
		return jdbc.sql("""
				select i.implementation_code from catalog_item i join catalog_item_version v on v.item_id = i.id
				where v.status = 'PUBLISHED' and v.content -> 'audiences' @> '"NATURAL_PERSON"'
				  and v.content ->> 'onlineDepth' = 'FULLY_ONLINE' and jsonb_array_length(v.content -> 'form' -> 'fields') > 2
				order by i.implementation_code limit 1""").query(String.class).single();
	}

	private long count(String fromWhere) {
		return jdbc.sql("select count(*) from " + fromWhere).query(Long.class).single();
	}
}
