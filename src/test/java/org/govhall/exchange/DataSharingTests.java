package org.govhall.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.exchange.internal.SyntheticCompanies;
import org.govhall.exchange.internal.SyntheticPopulation;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Every grant rule of data sharing, over real HTTP between real departments. */
@GovHallTest
class DataSharingTests {

	private static final SyntheticPopulation POPULATION = new SyntheticPopulation(2026);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void without_a_grant_a_lookup_is_a_403_problem_and_is_still_logged() {
		Person subject = POPULATION.person(101);
		Response response = new HallClient(port).signedIn("jtw.steward").postJson("/api/v1/exchange/lookups",
				Map.of("resource", "GAJ-HJXX", "subject", subject.idNumber(), "purpose", "核验驾驶员户籍"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.jsonPath().getString("type")).isEqualTo("urn:govhall:problem:forbidden");
		assertThat(response.jsonPath().getString("detail")).contains("户籍信息");
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'exchange.lookupDenied'"
				+ " and object_id = ?").param(subject.idNumber()).query(Long.class).single()).isPositive();
	}

	@Test
	void an_unconditional_resource_is_granted_at_once_and_answers_only_the_granted_fields() {
		HallClient ybj = new HallClient(port).signedIn("ybj.steward");
		Response grant = ybj.postJson("/api/v1/exchange/grants", request("GAJ-SFHY", List.of("name", "birth_date")));
		assertThat(grant.statusCode()).isEqualTo(201);
		assertThat(grant.jsonPath().getString("status")).isEqualTo("GRANTED");

		Person subject = POPULATION.person(102);
		Response lookup = ybj.postJson("/api/v1/exchange/lookups",
				Map.of("resource", "GAJ-SFHY", "subject", subject.idNumber(), "purpose", "医保参保实名核验"));
		assertThat(lookup.statusCode()).isEqualTo(200);
		Map<String, Object> fields = lookup.jsonPath().getMap("fields");
		assertThat(fields).containsOnlyKeys("name", "birth_date");
		assertThat(fields.get("name")).isEqualTo(subject.name());
		assertThat(fields.get("birth_date")).isEqualTo(subject.birthDate().toString());
		assertThat(lookup.asString()).doesNotContain(subject.gender());
	}

	@Test
	void a_conditional_resource_waits_for_the_provider_who_may_narrow_and_mask() {
		HallClient rsj = new HallClient(port).signedIn("rsj.steward");
		HallClient gaj = new HallClient(port).signedIn("gaj.steward");
		Person subject = POPULATION.person(103);
		Response requested = rsj.postJson("/api/v1/exchange/grants",
				request("GAJ-HJXX", List.of("name", "ethnicity", "household_address")));
		assertThat(requested.jsonPath().getString("status")).isEqualTo("REQUESTED");
		long id = requested.jsonPath().getLong("id");
		assertThat(lookup(rsj, "GAJ-HJXX", subject).statusCode()).as("not yet granted").isEqualTo(403);

		Response consumerDecides = rsj.postJson("/api/v1/exchange/grants/" + id + "/decision",
				Map.of("decision", "GRANT", "fields", List.of("name")));
		assertThat(consumerDecides.statusCode()).as("only the provider decides").isEqualTo(403);
		Response noReason = gaj.postJson("/api/v1/exchange/grants/" + id + "/decision",
				Map.of("decision", "GRANT", "fields", List.of("name", "household_address"), "masked",
						List.of("household_address")));
		assertThat(noReason.statusCode()).as("narrowing needs a reason").isEqualTo(400);
		Response narrowed = gaj.postJson("/api/v1/exchange/grants/" + id + "/decision",
				Map.of("decision", "GRANT", "fields", List.of("name", "household_address"), "masked",
						List.of("household_address"), "reason", "民族信息与社保经办无关；住址脱敏"));
		assertThat(narrowed.jsonPath().getString("status")).isEqualTo("GRANTED");

		Response lookup = lookup(rsj, "GAJ-HJXX", subject);
		Map<String, Object> fields = lookup.jsonPath().getMap("fields");
		assertThat(fields).containsOnlyKeys("name", "household_address");
		assertThat(fields.get("name")).isEqualTo(subject.name());
		assertThat((String) fields.get("household_address")).contains("*").isNotEqualTo(subject.householdAddress());
		assertThat(lookup.asString()).doesNotContain(subject.ethnicity() + "\"").doesNotContain(subject.householdAddress());
		assertThat(lookup.jsonPath().getList("masked", String.class)).containsExactly("household_address");
	}

	@Test
	void a_refused_or_expired_grant_answers_nothing() {
		HallClient wjw = new HallClient(port).signedIn("wjw.steward");
		HallClient mzj = new HallClient(port).signedIn("mzj.steward");
		Person subject = POPULATION.person(104);
		long refusedId = wjw.postJson("/api/v1/exchange/grants", request("MZJ-HYZK", List.of("marital_status")))
			.jsonPath().getLong("id");
		assertThat(mzj.postJson("/api/v1/exchange/grants/" + refusedId + "/decision", Map.of("decision", "REFUSE"))
			.statusCode()).as("a refusal needs a reason").isEqualTo(400);
		assertThat(mzj.postJson("/api/v1/exchange/grants/" + refusedId + "/decision",
				Map.of("decision", "REFUSE", "reason", "用途与婚姻状况无关")).jsonPath().getString("status")).isEqualTo("REFUSED");
		assertThat(lookup(wjw, "MZJ-HYZK", subject).statusCode()).isEqualTo(403);

		HallClient sfj = new HallClient(port).signedIn("sfj.steward");
		long granted = sfj.postJson("/api/v1/exchange/grants", request("GAJ-SFHY", List.of("name"))).jsonPath().getLong("id");
		assertThat(lookup(sfj, "GAJ-SFHY", subject).statusCode()).isEqualTo(200);
		jdbc.sql("update exchange_grant set valid_until = ? where id = ?").params(LocalDate.now().minusDays(1), granted)
			.update();
		assertThat(lookup(sfj, "GAJ-SFHY", subject).statusCode()).as("expired").isEqualTo(403);
	}

	@Test
	void a_not_shared_resource_cannot_be_requested_and_requests_are_checked() {
		HallClient jyw = new HallClient(port).signedIn("jyw.steward");
		Response notShared = jyw.postJson("/api/v1/exchange/grants", request("GAJ-SJHM", List.of("mobile")));
		assertThat(notShared.statusCode()).isEqualTo(409);
		assertThat(notShared.jsonPath().getString("detail")).contains("不予共享", "个人信息保护法");
		assertThat(jyw.postJson("/api/v1/exchange/grants", request("GAJ-SFHY", List.of("mobile"))).statusCode())
			.as("a field the resource does not have").isEqualTo(400);
		Map<String, Object> noPurpose = new java.util.HashMap<>(request("GAJ-SFHY", List.of("name")));
		noPurpose.put("purpose", "");
		assertThat(jyw.postJson("/api/v1/exchange/grants", noPurpose).statusCode()).isEqualTo(400);
		assertThat(new HallClient(port).signedIn("jyw.clerk")
			.postJson("/api/v1/exchange/grants", request("GAJ-SFHY", List.of("name"))).statusCode())
			.as("a window clerk does not request data sharing").isEqualTo(403);
	}

	@Test
	void a_lookup_states_its_purpose_and_the_access_log_shows_who_read_what_and_why() {
		HallClient zjw = new HallClient(port).signedIn("zjw.steward");
		zjw.postJson("/api/v1/exchange/grants", request("SCJG-QYDJ", List.of("name", "status")));
		LegalPerson company = new SyntheticCompanies(POPULATION, 20_000, 2026).company(5);
		Response noPurpose = zjw.postJson("/api/v1/exchange/lookups",
				Map.of("resource", "SCJG-QYDJ", "subject", company.creditCode(), "purpose", " "));
		assertThat(noPurpose.statusCode()).isEqualTo(400);
		Response lookup = zjw.postJson("/api/v1/exchange/lookups",
				Map.of("resource", "SCJG-QYDJ", "subject", company.creditCode(), "purpose", "施工许可核验建设单位"));
		assertThat(lookup.jsonPath().getString("fields.name")).isEqualTo(company.name());

		Response log = new HallClient(port).signedIn("dcb.supervisor1").postJson("/api/v1/exchange/access-log",
				Map.of("subject", company.creditCode(), "page", 0));
		assertThat(log.statusCode()).isEqualTo(200);
		assertThat(log.jsonPath().getList("entries.purpose", String.class)).contains("施工许可核验建设单位");
		assertThat(log.jsonPath().getString("entries[0].actor")).isEqualTo("zjw.steward");
		assertThat(log.jsonPath().getString("entries[0].details.consumer")).isEqualTo("ZJW");
		assertThat(log.jsonPath().getString("entries[0].details.fields")).contains("name", "status");
		assertThat(new HallClient(port).signedIn("zjw.clerk").postJson("/api/v1/exchange/access-log",
				Map.of("subject", company.creditCode(), "page", 0)).statusCode()).isEqualTo(403);
	}

	@Test
	void the_change_feed_is_ordered_resumable_and_carries_only_granted_fields() {
		HallClient gjj = new HallClient(port).signedIn("gjj.steward");
		gjj.postJson("/api/v1/exchange/grants", request("GAJ-SFHY", List.of("name")));
		Response first = gjj.request().queryParam("after", 0).queryParam("limit", 50).queryParam("purpose", "同步缴存职工姓名")
			.get("/api/v1/exchange/resources/GAJ-SFHY/changes");
		assertThat(first.statusCode()).isEqualTo(200);
		List<Long> seqs = first.jsonPath().getList("changes.seq", Long.class);
		assertThat(seqs).hasSize(50).isSorted();
		assertThat(first.jsonPath().getBoolean("more")).isTrue();
		assertThat(first.jsonPath().getMap("changes[0].fields")).containsOnlyKeys("name");
		long next = first.jsonPath().getLong("next");
		assertThat(next).isEqualTo(seqs.get(49));

		Response second = gjj.request().queryParam("after", next).queryParam("limit", 50).queryParam("purpose", "同步缴存职工姓名")
			.get("/api/v1/exchange/resources/GAJ-SFHY/changes");
		assertThat(second.jsonPath().getList("changes.seq", Long.class)).allSatisfy(seq -> assertThat(seq).isGreaterThan(next));

		Person renamed = POPULATION.person(3);
		jdbc.sql("update exchange_person set name = ? where id_number = ?").params("测试改名", renamed.idNumber()).update();
		long latest = jdbc.sql("select max(change_seq) from exchange_person").query(Long.class).single();
		Response tail = gjj.request().queryParam("after", latest - 1).queryParam("purpose", "同步缴存职工姓名")
			.get("/api/v1/exchange/resources/GAJ-SFHY/changes");
		assertThat(tail.jsonPath().getList("changes.subject", String.class)).containsExactly(renamed.idNumber());
		assertThat(tail.jsonPath().getString("changes[0].fields.name")).isEqualTo("测试改名");
		assertThat(new HallClient(port).signedIn("swj2.steward").request().queryParam("purpose", "x")
			.get("/api/v1/exchange/resources/GAJ-SFHY/changes").statusCode()).as("no grant").isEqualTo(403);
	}

	@Test
	void the_resource_catalogue_is_machine_readable_as_dcat() {
		Response dcat = new HallClient(port).signedIn("scjg.steward").request().accept("application/ld+json")
			.get("/api/v1/exchange/resources/GAJ-SJHM/dcat");
		assertThat(dcat.statusCode()).isEqualTo(200);
		assertThat(dcat.jsonPath().getString("'@type'")).isEqualTo("dcat:Dataset");
		assertThat(dcat.jsonPath().getString("'govhall:sharingType'")).isEqualTo("NOT_SHARED");
		assertThat(dcat.jsonPath().getString("'govhall:notSharedBasis'")).contains("个人信息保护法");
		assertThat(dcat.jsonPath().getList("'govhall:fields'.name", String.class)).containsExactly("mobile");
		assertThat(new HallClient(port).get("/api/v1/exchange/resources").statusCode()).as("staff only").isEqualTo(401);
	}

	@Test
	void a_provider_revokes_a_grant_and_lookups_stop_at_once() {
		HallClient cz = new HallClient(port).signedIn("czj.steward");
		long id = cz.postJson("/api/v1/exchange/grants", request("SCJG-QYDJ", List.of("name"))).jsonPath().getLong("id");
		LegalPerson company = new SyntheticCompanies(POPULATION, 20_000, 2026).company(8);
		Map<String, Object> body = Map.of("resource", "SCJG-QYDJ", "subject", company.creditCode(), "purpose", "政府采购供应商核验");
		assertThat(cz.postJson("/api/v1/exchange/lookups", body).statusCode()).isEqualTo(200);
		HallClient scjg = new HallClient(port).signedIn("scjg.steward");
		assertThat(scjg.postJson("/api/v1/exchange/grants/" + id + "/revocation", Map.of("reason", " ")).statusCode())
			.isEqualTo(400);
		assertThat(cz.postJson("/api/v1/exchange/grants/" + id + "/revocation", Map.of("reason", "自行撤销")).statusCode())
			.as("only the provider revokes").isEqualTo(403);
		assertThat(scjg.postJson("/api/v1/exchange/grants/" + id + "/revocation", Map.of("reason", "超出约定用途"))
			.jsonPath().getString("status")).isEqualTo("REVOKED");
		assertThat(cz.postJson("/api/v1/exchange/lookups", body).statusCode()).isEqualTo(403);
	}

	@Test
	void a_department_publishes_a_resource_over_the_registers_columns_only() {
		HallClient gaj = new HallClient(port).signedIn("gaj.steward");
		Map<String, Object> field = Map.of("name", "gender", "label", "性别", "dataType", "STRING", "length", 6,
				"description", "性别", "personal", true, "sensitive", false);
		Map<String, Object> resource = new java.util.HashMap<>(Map.of("code", "GAJ-XB-TEST", "name", "性别信息",
				"providerDepartment", "GAJ", "description", "测试发布", "register", "PERSON", "subjectKey", "ID_NUMBER",
				"sharingType", "UNCONDITIONAL", "openType", "NOT_OPEN", "updateCycle", "REAL_TIME", "format", "API"));
		resource.put("fields", List.of(field));
		Response published = gaj.postJson("/api/v1/exchange/resources", resource);
		assertThat(published.statusCode()).isEqualTo(201);
		assertThat(published.jsonPath().getList("fields.name", String.class)).containsExactly("gender");
		assertThat(gaj.postJson("/api/v1/exchange/resources", resource).statusCode()).as("code taken").isEqualTo(409);

		Map<String, Object> injected = new java.util.HashMap<>(resource);
		injected.put("code", "GAJ-INJECT");
		injected.put("fields", List.of(Map.of("name", "name from exchange_person; --", "label", "x", "dataType", "STRING",
				"length", 1, "description", "x", "personal", true, "sensitive", true)));
		assertThat(gaj.postJson("/api/v1/exchange/resources", injected).statusCode()).isEqualTo(400);
		Map<String, Object> foreign = new java.util.HashMap<>(resource);
		foreign.put("code", "MZJ-XB-TEST");
		foreign.put("providerDepartment", "MZJ");
		assertThat(gaj.postJson("/api/v1/exchange/resources", foreign).statusCode()).isEqualTo(403);
	}

	@Test
	void staff_look_up_standard_addresses_and_strangers_may_not() {
		Response found = new HallClient(port).signedIn("zjw.clerk").request().queryParam("q", "张杨路")
			.queryParam("division", "310115").get("/api/v1/exchange/addresses");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.jsonPath().getList("address", String.class)).isNotEmpty()
			.allSatisfy(a -> assertThat(a).startsWith("上海市浦东新区张杨路"));
		assertThat(found.jsonPath().getString("[0].gridCell")).startsWith("SH-");
		assertThat(new HallClient(port).request().queryParam("q", "张杨路").get("/api/v1/exchange/addresses")
			.statusCode()).isEqualTo(401);
		assertThat(new HallClient(port).signedIn("zjw.clerk").request().queryParam("q", "张")
			.get("/api/v1/exchange/addresses").statusCode()).as("at least two characters").isEqualTo(400);
	}

	private static Response lookup(HallClient client, String resource, Person subject) {
		return client.postJson("/api/v1/exchange/lookups",
				Map.of("resource", resource, "subject", subject.idNumber(), "purpose", "办件核验"));
	}

	private static Map<String, Object> request(String resource, List<String> fields) {
		return Map.of("resource", resource, "fields", fields, "purpose", "办理本部门政务服务事项时核验申请人信息", "legalBasis",
				"《优化营商环境条例》第三十五条", "validUntil", LocalDate.now().plusYears(1).toString());
	}
}
