package org.govhall.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.exchange.internal.demo.SyntheticCompanies;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
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
		assertThat(jdbc.sql("select count(*) from exchange_access_log where outcome = 'DENIED' and consumer = 'JTW'"
				+ " and subject = ? and resource_code = 'GAJ-HJXX'").param(subject.idNumber()).query(Long.class).single())
			.isEqualTo(1);
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
		assertThat(log.jsonPath().getList("records.purpose", String.class)).contains("施工许可核验建设单位");
		assertThat(log.jsonPath().getString("records[0].actor")).isEqualTo("zjw.steward");
		assertThat(log.jsonPath().getString("records[0].consumer")).isEqualTo("ZJW");
		assertThat(log.jsonPath().getString("records[0].channel")).isEqualTo("STAFF");
		assertThat(log.jsonPath().getList("records[0].fields", String.class)).containsExactly("name", "status");
		assertThat(log.jsonPath().getString("records[0].outcome")).isEqualTo("ANSWERED");
		assertThat(new HallClient(port).signedIn("zjw.clerk").postJson("/api/v1/exchange/access-log",
				Map.of("subject", company.creditCode(), "page", 0)).statusCode()).isEqualTo(403);
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

	@Test
	void a_newer_grant_supersedes_the_older_one_and_only_a_grant_in_force_can_be_revoked() {
		HallClient yjj = new HallClient(port).signedIn("yjj.steward");
		long first = yjj.postJson("/api/v1/exchange/grants", request("GAJ-SFHY", List.of("name"))).jsonPath().getLong("id");
		Response second = yjj.postJson("/api/v1/exchange/grants", request("GAJ-SFHY", List.of("name", "gender")));
		assertThat(second.jsonPath().getString("status")).isEqualTo("GRANTED");
		long secondId = second.jsonPath().getLong("id");

		List<Map<String, Object>> mine = yjj.get("/api/v1/exchange/grants?department=YJJ").jsonPath().getList("$");
		Map<String, Object> older = mine.stream().filter(g -> ((Number) g.get("id")).longValue() == first).findFirst()
			.orElseThrow();
		assertThat(older.get("status")).isEqualTo("SUPERSEDED");
		assertThat(((Number) older.get("supersededBy")).longValue()).isEqualTo(secondId);
		assertThat(lookup(yjj, "GAJ-SFHY", POPULATION.person(105)).jsonPath().getMap("fields"))
			.containsOnlyKeys("name", "gender");
		assertThat(jdbc.sql("select count(*) from shared_audit_entry where action = 'exchange.accessSuperseded'"
				+ " and object_id = ?").param(Long.toString(first)).query(Long.class).single()).isEqualTo(1);

		Response revokeOld = new HallClient(port).signedIn("gaj.steward")
			.postJson("/api/v1/exchange/grants/" + first + "/revocation", Map.of("reason", "清理"));
		assertThat(revokeOld.statusCode()).isEqualTo(409);
		assertThat(revokeOld.jsonPath().getString("detail")).contains("不在有效期内");
	}

	@Test
	void a_request_names_the_service_items_it_serves_and_the_provider_may_shorten_it() {
		String item = new HallClient(port).request().queryParam("q", "住房公积金个人账户设立")
			.get("/api/v1/catalog/search").jsonPath().getString("items[0].implementationCode");
		HallClient fgw = new HallClient(port).signedIn("fgw.steward");
		Map<String, Object> unknown = new java.util.HashMap<>(request("GAJ-HJXX", List.of("name", "ethnicity")));
		unknown.put("serviceItems", List.of("NOT-A-CODE"));
		Response refused = fgw.postJson("/api/v1/exchange/grants", unknown);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.jsonPath().getString("detail")).contains("NOT-A-CODE");

		Map<String, Object> body = new java.util.HashMap<>(request("GAJ-HJXX", List.of("name", "ethnicity")));
		body.put("serviceItems", List.of(item));
		Response requested = fgw.postJson("/api/v1/exchange/grants", body);
		assertThat(requested.jsonPath().getList("serviceItems", String.class)).containsExactly(item);
		long id = requested.jsonPath().getLong("id");

		HallClient gaj = new HallClient(port).signedIn("gaj.steward");
		String sooner = LocalDate.now().plusMonths(3).toString();
		Response plain = gaj.postJson("/api/v1/exchange/grants/" + id + "/decision",
				Map.of("decision", "GRANT", "masked", List.of()));
		assertThat(plain.statusCode()).as("sensitive data unmasked needs a reason").isEqualTo(400);
		assertThat(plain.jsonPath().getString("detail")).contains("敏感个人信息");
		assertThat(gaj.postJson("/api/v1/exchange/grants/" + id + "/decision", Map.of("decision", "GRANT", "validUntil",
				LocalDate.now().plusYears(2).toString(), "reason", "x")).statusCode())
			.as("no later than asked").isEqualTo(400);
		Response granted = gaj.postJson("/api/v1/exchange/grants/" + id + "/decision",
				Map.of("decision", "GRANT", "validUntil", sooner, "reason", "先试行三个月"));
		assertThat(granted.statusCode()).isEqualTo(200);
		assertThat(granted.jsonPath().getString("validUntil")).isEqualTo(sooner);
		assertThat(granted.jsonPath().getList("maskedFields", String.class)).as("sensitive masked by default")
			.containsExactly("ethnicity");
		Person subject = POPULATION.person(106);
		Map<String, Object> fields = lookup(fgw, "GAJ-HJXX", subject).jsonPath().getMap("fields");
		assertThat(fields.get("name")).isEqualTo(subject.name());
		assertThat((String) fields.get("ethnicity")).contains("*");
	}

	@Test
	void sensitive_fields_of_an_unconditional_resource_are_masked_unless_the_provider_decides_otherwise() {
		HallClient gaj = new HallClient(port).signedIn("gaj.steward");
		Map<String, Object> field = Map.of("name", "household_address", "label", "户籍地址", "dataType", "STRING",
				"length", 200, "description", "户籍地址", "personal", true, "sensitive", true);
		Map<String, Object> resource = new java.util.HashMap<>(Map.of("code", "GAJ-ZZ-TEST", "name", "户籍地址（测试）",
				"providerDepartment", "GAJ", "description", "测试：无条件共享的敏感字段", "register", "PERSON",
				"subjectKey", "ID_NUMBER", "sharingType", "UNCONDITIONAL", "openType", "NOT_OPEN", "updateCycle",
				"REAL_TIME", "format", "API"));
		resource.put("fields", List.of(field));
		assertThat(gaj.postJson("/api/v1/exchange/resources", resource).statusCode()).isEqualTo(201);
		HallClient pd = new HallClient(port).signedIn("pdscjg.steward");
		Response granted = pd.postJson("/api/v1/exchange/grants", request("GAJ-ZZ-TEST", List.of("household_address")));
		assertThat(granted.jsonPath().getString("status")).isEqualTo("GRANTED");
		assertThat(granted.jsonPath().getList("maskedFields", String.class)).containsExactly("household_address");
		Person subject = POPULATION.person(107);
		String address = lookup(pd, "GAJ-ZZ-TEST", subject).jsonPath().getString("fields.household_address");
		assertThat(address).contains("*").isNotEqualTo(subject.householdAddress());
		assertThat(subject.householdAddress()).startsWith(address.substring(0, address.indexOf('*')));
	}

	@Test
	void a_lookup_of_the_spatial_register_answers_by_standard_address_code() {
		io.restassured.path.json.JsonPath found = new HallClient(port).signedIn("hotline.operator1").request()
			.queryParam("q", "世纪大道").get("/api/v1/exchange/addresses").jsonPath();
		String code = found.getString("[0].code");
		assertThat(code).startsWith("310115");
		HallClient sthj = new HallClient(port).signedIn("sthj.steward");
		assertThat(sthj.postJson("/api/v1/exchange/grants", request("GHZY-BZDZ", List.of("address", "grid_cell")))
			.jsonPath().getString("status")).isEqualTo("GRANTED");
		Response lookup = sthj.postJson("/api/v1/exchange/lookups",
				Map.of("resource", "GHZY-BZDZ", "subject", code, "purpose", "环境信访件定位"));
		assertThat(lookup.statusCode()).isEqualTo(200);
		assertThat(lookup.jsonPath().getMap("fields")).containsOnlyKeys("address", "grid_cell")
			.containsEntry("address", found.getString("[0].address"))
			.containsEntry("grid_cell", found.getString("[0].gridCell"));
	}

	@Test
	void a_staff_member_who_looks_up_too_much_in_a_minute_is_told_to_wait() {
		HallClient head = new HallClient(port).signedIn("sthj.head");
		head.postJson("/api/v1/exchange/grants", request("GAJ-SFHY", List.of("name")));
		Person subject = POPULATION.person(109);
		for (int i = 0; i < 120; i++) {
			assertThat(lookup(head, "GAJ-SFHY", subject).statusCode()).isEqualTo(200);
		}
		// the window slides: across a minute's turn a call or two more may pass, never many
		Response refused = lookup(head, "GAJ-SFHY", subject);
		for (int extra = 0; extra < 5 && refused.statusCode() == 200; extra++) {
			refused = lookup(head, "GAJ-SFHY", subject);
		}
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isEqualTo("60");
		assertThat(refused.jsonPath().getString("detail")).contains("120");
		assertThat(lookup(new HallClient(port).signedIn("sthj.steward"), "GAJ-SFHY", subject).statusCode())
			.as("a colleague is not held back").isEqualTo(200);
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
