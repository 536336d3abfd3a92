package org.govhall.exchange;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff search the resource catalogue, read a resource's full page, and harvesters read it all as DCAT. */
@GovHallTest
class ResourceCatalogueTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staff_find_resources_by_chinese_text_code_field_label_or_provider_in_any_case() {
		HallClient staff = new HallClient(port).signedIn("jtw.clerk");
		assertThat(codes(staff, Map.of("q", "户籍"))).contains("GAJ-HJXX").doesNotContain("RSJ-SBZT", "SCJG-QYDJ");
		assertThat(codes(staff, Map.of("q", "gaj-sf"))).containsExactly("GAJ-SFHY");
		assertThat(codes(staff, Map.of("q", "参保状态"))).as("a field's label").contains("RSJ-SBZT")
			.doesNotContain("GAJ-HJXX");
		assertThat(codes(staff, Map.of("q", "Scjg"))).as("the provider").contains("SCJG-QYDJ", "SCJG-FDDBR")
			.doesNotContain("GAJ-SFHY");
		assertThat(codes(staff, Map.of("q", "婚姻登记"))).as("the description").containsExactly("MZJ-HYZK");
		assertThat(codes(staff, Map.of("q", "没有这样的资源"))).isEmpty();
		assertThat(codes(staff, Map.of())).as("no criterion: the whole catalogue").contains("GAJ-SFHY", "MZJ-HYZK",
				"SCJG-QYDJ");
	}

	@Test
	void filters_narrow_the_search_by_provider_sharing_type_and_subject_key() {
		HallClient staff = new HallClient(port).signedIn("jtw.clerk");
		Response notShared = search(staff, Map.of("provider", "gaj", "sharing", "NOT_SHARED"));
		assertThat(notShared.jsonPath().getList("code", String.class)).contains("GAJ-SJHM");
		assertThat(notShared.jsonPath().getList("providerDepartment", String.class)).containsOnly("GAJ");
		assertThat(notShared.jsonPath().getList("sharingType", String.class)).containsOnly("NOT_SHARED");

		Response companies = search(staff, Map.of("subjectKey", "CREDIT_CODE"));
		assertThat(companies.jsonPath().getList("code", String.class)).contains("SCJG-QYDJ", "SCJG-FDDBR")
			.doesNotContain("GAJ-SFHY");
		assertThat(companies.jsonPath().getList("subjectKey", String.class)).containsOnly("CREDIT_CODE");
		assertThat(codes(staff, Map.of("q", "法定代表人", "sharing", "UNCONDITIONAL", "subjectKey", "CREDIT_CODE")))
			.as("every criterion at once").contains("SCJG-QYDJ").doesNotContain("SCJG-FDDBR");
	}

	@Test
	void a_filter_outside_its_closed_set_is_a_400_problem_naming_it_and_strangers_may_not_search() {
		Response wrong = new HallClient(port, "en").signedIn("jtw.clerk").request()
			.queryParam("sharing", "SOMETIMES").get("/api/v1/exchange/resources");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.jsonPath().getString("detail")).contains("sharing", "SOMETIMES", "NOT_SHARED");
		Response tooLong = new HallClient(port).signedIn("jtw.clerk").request().queryParam("q", "户".repeat(101))
			.get("/api/v1/exchange/resources");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.jsonPath().getString("detail")).contains("100");
		assertThat(new HallClient(port).request().queryParam("q", "户籍").get("/api/v1/exchange/resources")
			.statusCode()).isEqualTo(401);
		HallClient citizen = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		assertThat(citizen.request().queryParam("q", "户籍").get("/api/v1/exchange/resources").statusCode())
			.isEqualTo(403);
	}

	@Test
	void the_workbench_searches_the_catalogue_in_place() {
		HallClient staff = new HallClient(port).signedIn("jyw.steward");
		String page = staff.request().queryParam("q", "户籍").get("/workbench/exchange").body().asString();
		String catalogue = page.substring(page.indexOf("id=\"catalogue\""));
		assertThat(catalogue).contains("value=\"户籍\"", "<caption", "户籍信息", "找到 1 项资源")
			.doesNotContain("社会保险参保状态");
		assertThat(catalogue).contains("href=\"/workbench/exchange/resources/GAJ-HJXX\"");

		String filtered = staff.request().queryParam("sharing", "NOT_SHARED").get("/workbench/exchange").body()
			.asString();
		assertThat(filtered.substring(filtered.indexOf("id=\"catalogue\""))).contains("预留手机号码")
			.doesNotContain("户籍信息").contains("<option value=\"NOT_SHARED\" selected=\"selected\"");
		Response wrong = staff.request().queryParam("subjectKey", "PASSPORT").get("/workbench/exchange");
		assertThat(wrong.statusCode()).as("the page explains, it does not fail").isEqualTo(200);
		assertThat(wrong.body().asString()).contains("role=\"alert\"", "PASSPORT", "aria-invalid=\"true\"");
	}

	@Test
	void a_resource_page_shows_every_term_and_a_captioned_table_of_its_fields() {
		HallClient staff = new HallClient(port).signedIn("jtw.steward");
		Response page = staff.get("/workbench/exchange/resources/GAJ-SJHM");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().asString()).contains("<h1>预留手机号码</h1>", "公安机关掌握的公民预留手机号码", "GAJ",
				"人口库", "公民身份号码", "不予共享", "个人信息保护法", "不予开放", "实时", "接口",
				"<caption id=\"fields-caption\">“预留手机号码”的字段</caption>", "<code>mobile</code>", "手机号码",
				"字符", "<td>20</td>", "预留手机号码").doesNotContain("/workbench/exchange/resources/GAJ-SJHM/request");

		String conditional = staff.get("/workbench/exchange/resources/GAJ-HJXX").body().asString();
		assertThat(conditional).contains("有条件共享", "户籍地址", "GB/T 2260 代码")
			.contains("href=\"/workbench/exchange/resources/GAJ-HJXX/request\"").doesNotContain("不予共享的依据");
		String english = new HallClient(port, "en").signedIn("jtw.steward").get("/workbench/exchange/resources/GAJ-SJHM")
			.body().asString();
		assertThat(english).contains("Legal basis for not sharing", "Population register", "Real time", "Sensitive");
		assertThat(staff.get("/workbench/exchange/resources/NO-SUCH").statusCode()).isEqualTo(404);
	}

	@Test
	void every_exchange_page_refuses_a_signed_in_citizen_with_the_friendly_403_page() {
		HallClient citizen = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		for (String path : List.of("/workbench/exchange", "/workbench/exchange/resources/GAJ-SFHY",
				"/workbench/exchange/resources/GAJ-SFHY/request",
				"/workbench/exchange/generation/" + java.util.UUID.randomUUID())) {
			Response page = citizen.request().accept("text/html").get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(403);
			assertThat(page.body().asString()).as(path).contains("无权访问");
		}
		for (String path : List.of("/workbench/exchange/resources/GAJ-SFHY/request", "/workbench/exchange/grants/1/decision",
				"/workbench/exchange/generation")) {
			Response posted = citizen.postForm(path, Map.of("purpose", "x", "legalBasis", "x", "decision", "GRANT",
					"count", "10"));
			assertThat(posted.statusCode()).as(path).isEqualTo(403);
		}
	}

	@Test
	void only_roles_that_may_ask_open_the_request_page() {
		HallClient clerk = new HallClient(port).signedIn("jtw.clerk");
		assertThat(clerk.get("/workbench/exchange").statusCode()).as("every staff member browses").isEqualTo(200);
		assertThat(clerk.get("/workbench/exchange").body().asString())
			.doesNotContain("/workbench/exchange/resources/RSJ-SBZT/request");
		Response refused = clerk.request().accept("text/html").get("/workbench/exchange/resources/RSJ-SBZT/request");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body().asString()).contains("只有数据管理员、部门负责人或系统管理员");
		assertThat(clerk.postForm("/workbench/exchange/resources/RSJ-SBZT/request", Map.of("fields", "name",
				"purpose", "核验", "legalBasis", "条例")).statusCode()).isEqualTo(403);
		HallClient steward = new HallClient(port).signedIn("jtw.steward");
		assertThat(steward.get("/workbench/exchange/resources/RSJ-SBZT/request").statusCode()).isEqualTo(200);
		assertThat(steward.get("/workbench/exchange").body().asString())
			.contains("/workbench/exchange/resources/RSJ-SBZT/request");
	}

	@Test
	void the_whole_catalogue_is_a_dcat_catalog_with_field_schemas_frequencies_and_media_types() {
		Response catalog = new HallClient(port).signedIn("jtw.clerk").request().accept("application/ld+json")
			.get("/api/v1/exchange/catalog.jsonld");
		assertThat(catalog.statusCode()).isEqualTo(200);
		assertThat(catalog.contentType()).startsWith("application/ld+json");
		assertThat(catalog.jsonPath().getString("'@type'")).isEqualTo("dcat:Catalog");
		assertThat(catalog.jsonPath().getString("'@context'.dcat")).isEqualTo("http://www.w3.org/ns/dcat#");
		assertThat(catalog.jsonPath().getString("'@context'.dct")).isEqualTo("http://purl.org/dc/terms/");
		assertThat(catalog.jsonPath().getList("'dcat:dataset'.'dct:identifier'", String.class))
			.contains("GAJ-SFHY", "RSJ-SBZT", "SCJG-QYDJ");
		assertThat(catalog.jsonPath().getList("'dcat:dataset'.'@type'", String.class)).containsOnly("dcat:Dataset");

		Map<String, Object> social = dataset(catalog, "RSJ-SBZT");
		assertThat(catalog.jsonPath().getString(path("RSJ-SBZT") + ".'dct:accrualPeriodicity'.'@id'"))
			.isEqualTo("http://publications.europa.eu/resource/authority/frequency/DAILY");
		assertThat(catalog.jsonPath().getString(path("GAJ-SFHY") + ".'dct:accrualPeriodicity'.'@id'"))
			.isEqualTo("http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT");
		assertThat(catalog.jsonPath().getString(path("RSJ-SBZT") + ".'dcat:distribution'[0].'dcat:mediaType'.'@id'"))
			.isEqualTo("http://www.iana.org/assignments/media-types/application/json");
		assertThat(social).containsKey("dct:conformsTo");
		String schema = path("RSJ-SBZT") + ".'dct:conformsTo'";
		assertThat(catalog.jsonPath().getList(schema + ".'@type'", String.class)).contains("dct:Standard");
		assertThat(catalog.jsonPath().getList(schema + ".'csvw:column'.'csvw:name'", String.class))
			.containsExactly("name", "social_security_status");
		assertThat(catalog.jsonPath().getString(schema + ".'csvw:column'[1].'csvw:title'.'@value'")).isEqualTo("参保状态");
		assertThat(catalog.jsonPath().getString(schema + ".'csvw:column'[1].'dct:description'.'@value'"))
			.isEqualTo("参保状态");
		assertThat(catalog.jsonPath().getString(schema + ".'csvw:column'[1].'csvw:datatype'.'csvw:base'"))
			.isEqualTo("string");
		assertThat(catalog.jsonPath().getInt(schema + ".'csvw:column'[1].'csvw:datatype'.'csvw:maxLength'"))
			.isEqualTo(20);
		assertThat(catalog.jsonPath().getString(path("SCJG-QYDJ")
				+ ".'dct:conformsTo'.'csvw:column'.find { it.'csvw:name' == 'registered_capital' }.'csvw:datatype'.'csvw:base'"))
			.isEqualTo("decimal");
		assertThat(new HallClient(port).get("/api/v1/exchange/catalog.jsonld").statusCode()).isEqualTo(401);
	}

	private static String path(String code) {
		return "'dcat:dataset'.find { it.'dct:identifier' == '" + code + "' }";
	}

	private static Map<String, Object> dataset(Response catalog, String code) {
		return catalog.jsonPath().getMap(path(code));
	}

	private static List<String> codes(HallClient staff, Map<String, String> criteria) {
		return search(staff, criteria).jsonPath().getList("code", String.class);
	}

	private static Response search(HallClient staff, Map<String, String> criteria) {
		Response response = staff.request().queryParams(criteria).get("/api/v1/exchange/resources");
		assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
		return response;
	}
}
