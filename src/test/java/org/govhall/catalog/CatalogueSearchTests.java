package org.govhall.catalog;

import java.util.List;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese search over the demo catalogue through the public API. The queries are chosen so that a substring
 * match would fail them: words in another order, synonyms, colloquial words.
 */
@GovHallTest
class CatalogueSearchTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void words_in_another_order_find_the_company_registration_first() {
		assertThat(names("设立有限责任公司")).first().isEqualTo("有限责任公司设立登记");
	}

	@Test
	void a_synonym_finds_what_the_official_name_does_not_contain() {
		assertThat(names("执照").stream().limit(5)).contains("有限责任公司设立登记");
		assertThat(names("开公司").stream().limit(3)).contains("有限责任公司设立登记");
		assertThat(names("低保")).first().isEqualTo("最低生活保障");
	}

	@Test
	void the_most_used_item_comes_first_among_similar_matches() {
		List<String> names = names("身份证");
		assertThat(names.get(0)).isEqualTo("居民身份证换领");
		assertThat(names("公积金").stream().limit(3)).contains("住房公积金提取（租赁自住住房）");
	}

	@Test
	void pinyin_and_its_initials_find_items_without_a_chinese_input_method() {
		assertThat(names("sfz")).first().isEqualTo("居民身份证换领");
		assertThat(names("shenfenzheng")).first().isEqualTo("居民身份证换领");
		assertThat(names("GongJiJin").stream().limit(3)).allSatisfy(name -> assertThat(name).contains("公积金"));
		assertThat(names("yyzz")).contains("营业执照遗失补领");
	}

	@Test
	void filters_narrow_a_search_to_an_audience() {
		Response response = new HallClient(port).get("/api/v1/catalog/search?q=登记&audience=LEGAL_PERSON&size=50");
		List<List> audiences = response.jsonPath().getList("items.audiences", List.class);
		assertThat(audiences).isNotEmpty().allSatisfy(a -> assertThat(a).contains("LEGAL_PERSON"));
		assertThat(response.jsonPath().getList("items.name", String.class)).doesNotContain("结婚登记");
	}

	@Test
	void nonsense_finds_nothing_and_a_missing_query_is_a_problem() {
		Response nothing = new HallClient(port).get("/api/v1/catalog/search?q=qwzxv");
		assertThat(nothing.statusCode()).isEqualTo(200);
		assertThat(nothing.jsonPath().getLong("total")).isZero();
		Response missing = new HallClient(port).get("/api/v1/catalog/search");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}

	@Test
	void the_search_narrows_to_a_division_as_the_list_and_the_service_pages_do() {
		HallClient anyone = new HallClient(port);
		Response everywhere = anyone.get("/api/v1/catalog/search?q=开公司&size=50");
		assertThat(everywhere.jsonPath().getList("items.divisionCode", String.class)).contains("310000", "310115");
		Response pudong = anyone.get("/api/v1/catalog/search?q=开公司&division=310115&size=50");
		assertThat(pudong.jsonPath().getList("items.divisionCode", String.class)).isNotEmpty()
			.allSatisfy(d -> assertThat(d).isEqualTo("310115"));
		assertThat(pudong.jsonPath().getList("items.name", String.class)).contains("浦东新区有限责任公司设立登记（一业一证）")
			.doesNotContain("有限责任公司设立登记");
		assertThat(anyone.get("/api/v1/catalog/items?division=310115&size=50").jsonPath()
			.getList("items.divisionCode", String.class)).isNotEmpty().allSatisfy(d -> assertThat(d).isEqualTo("310115"));
		assertThat(anyone.get("/services?q=开公司&division=310115").body().asString())
			.contains("浦东新区有限责任公司设立登记（一业一证）").doesNotContain(">有限责任公司设立登记<");
		assertThat(anyone.get("/api/v1/catalog/search?q=开公司&division=&size=50").jsonPath().getLong("total"))
			.as("an empty division narrows nothing").isEqualTo(everywhere.jsonPath().getLong("total"));
	}

	@Test
	void without_words_the_items_come_most_used_first_then_by_code_the_same_on_every_path() {
		List<String> expected = jdbc.sql("""
				select implementation_code from catalog_item where published_version is not null
				order by monthly_applications desc, implementation_code limit 100""").query(String.class).list();
		HallClient anyone = new HallClient(port);
		Response list = anyone.get("/api/v1/catalog/items?size=100");
		assertThat(list.jsonPath().getList("items.implementationCode", String.class)).isEqualTo(expected);
		assertThat(list.jsonPath().getLong("total")).isEqualTo(jdbc.sql(
				"select count(*) from catalog_item where published_version is not null").query(Long.class).single());
		for (String page : List.of("/services", "/services?q=", "/services?q=%20%20")) {
			assertThat(codesOn(anyone.getEncoded(page).body().asString())).as(page).isEqualTo(expected.subList(0, 20));
		}
	}

	@Test
	void the_catalogue_is_large_and_browsable_by_life_event() {
		HallClient anyone = new HallClient(port);
		assertThat(anyone.get("/api/v1/catalog/items?size=1").jsonPath().getLong("total")).isGreaterThanOrEqualTo(300);
		Response events = anyone.get("/api/v1/catalog/life-events?audience=LEGAL_PERSON");
		assertThat(events.jsonPath().getMap("").keySet()).contains("设立变更");
		Response founding = anyone.get("/api/v1/catalog/items?lifeEvent=设立变更&audience=LEGAL_PERSON&size=100");
		assertThat(founding.jsonPath().getList("items.name", String.class)).contains("有限责任公司设立登记");
	}

	@Test
	void bundles_list_their_items_stage_by_stage() {
		Response bundle = new HallClient(port).get("/api/v1/catalog/bundles/YJS-KBQY");
		assertThat(bundle.statusCode()).isEqualTo(200);
		assertThat(bundle.jsonPath().getString("bundle.name")).isEqualTo("开办企业一件事");
		assertThat(bundle.jsonPath().getList("stages[0].content.name", String.class))
			.containsExactly("有限责任公司设立登记");
		assertThat(bundle.jsonPath().getList("stages[1].content.name", String.class))
			.contains("公章刻制备案", "单位参保登记").hasSizeGreaterThanOrEqualTo(4);
		assertThat(new HallClient(port).get("/api/v1/catalog/bundles").jsonPath().getList("code", String.class))
			.contains("YJS-KBQY", "YJS-XSECS");
	}

	private static List<String> codesOn(String servicesPage) {
		return java.util.regex.Pattern.compile("<h3><a href=\"/services/([0-9A-Z]+)\"").matcher(servicesPage).results()
			.map(m -> m.group(1)).toList();
	}

	private List<String> names(String query) {
		Response response = new HallClient(port).request().queryParam("q", query).queryParam("size", 20)
			.get("/api/v1/catalog/search");
		assertThat(response.statusCode()).isEqualTo(200);
		return response.jsonPath().getList("items.name", String.class);
	}

	@Test
	void the_api_is_described_by_openapi() {
		Response docs = new HallClient(port).get("/v3/api-docs");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.jsonPath().getMap("paths").keySet()).contains("/api/v1/catalog/search",
				"/api/v1/catalog/items/{code}", "/api/v1/catalog/editor/imports");
	}
}
