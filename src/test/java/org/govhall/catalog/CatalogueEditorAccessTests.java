package org.govhall.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.restassured.response.Response;
import org.assertj.core.api.SoftAssertions;
import org.govhall.support.Caller;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The catalogue editor's API, endpoint by endpoint and caller by caller, on items of the market regulation
 * department (SCJG): nobody signed in gets 401, a citizen 403, another department's data steward and the
 * department's own window clerk 403, the department's data steward 2xx; review and publication are the catalogue
 * administrator's alone. A refused call changes nothing, and a citizen's malformed body is refused for who is
 * asking (403), never for the body.
 */
@GovHallTest
class CatalogueEditorAccessTests {

	static final Caller NOBODY = Caller.anonymous();

	static final Caller CITIZEN = Caller.citizen();

	static final Caller OTHER_STEWARD = Caller.staff("another department's data steward", "swj.steward");

	static final Caller CLERK = Caller.staff("the department's window clerk", "scjg.clerk");

	static final Caller STEWARD = Caller.staff("the department's data steward", "scjg.steward");

	static final Caller ADMINISTRATOR = Caller.staff("the catalogue administrator", "sjj.admin");

	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000) * 100);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** The state of an SCJG item a call needs, made fresh for each call. */
	enum Needs {
		NOTHING, DRAFT, IN_REVIEW
	}

	/** One call of the API on the item made for it (none for {@link Needs#NOTHING}). */
	interface Call {

		Response by(HallClient client, String code);
	}

	record Endpoint(String name, Needs needs, Call call) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final Endpoint CREATE = new Endpoint("POST /items (an SCJG draft)", Needs.NOTHING,
			(client, code) -> client.postJson("/api/v1/catalog/editor/items",
					newItem(nextBasicCode(), "权限矩阵测试事项（起草）")));

	static final Endpoint SAVE = new Endpoint("PUT /items/{code}/draft", Needs.DRAFT,
			(client, code) -> client.request().contentType("application/json").body(content("权限矩阵测试事项（修改）"))
				.put("/api/v1/catalog/editor/items/" + code + "/draft"));

	static final Endpoint SUBMIT = new Endpoint("POST /items/{code}/submission", Needs.DRAFT,
			(client, code) -> client.post("/api/v1/catalog/editor/items/" + code + "/submission"));

	static final Endpoint PUBLISH = new Endpoint("POST /items/{code}/publication", Needs.IN_REVIEW,
			(client, code) -> client.post("/api/v1/catalog/editor/items/" + code + "/publication"));

	static final Endpoint LIST = new Endpoint("GET /items?department=SCJG", Needs.NOTHING,
			(client, code) -> client.get("/api/v1/catalog/editor/items?department=SCJG"));

	static final Endpoint REVIEW = new Endpoint("GET /review", Needs.NOTHING,
			(client, code) -> client.get("/api/v1/catalog/editor/review"));

	static Stream<Arguments> everyEndpointAndCaller() {
		return Stream.of(
				arguments(CREATE, NOBODY, 401), arguments(CREATE, CITIZEN, 403), arguments(CREATE, OTHER_STEWARD, 403),
				arguments(CREATE, CLERK, 403), arguments(CREATE, STEWARD, 201), arguments(CREATE, ADMINISTRATOR, 201),
				arguments(SAVE, NOBODY, 401), arguments(SAVE, CITIZEN, 403), arguments(SAVE, OTHER_STEWARD, 403),
				arguments(SAVE, CLERK, 403), arguments(SAVE, STEWARD, 200), arguments(SAVE, ADMINISTRATOR, 200),
				arguments(SUBMIT, NOBODY, 401), arguments(SUBMIT, CITIZEN, 403), arguments(SUBMIT, OTHER_STEWARD, 403),
				arguments(SUBMIT, CLERK, 403), arguments(SUBMIT, STEWARD, 200), arguments(SUBMIT, ADMINISTRATOR, 200),
				arguments(PUBLISH, NOBODY, 401), arguments(PUBLISH, CITIZEN, 403), arguments(PUBLISH, OTHER_STEWARD, 403),
				arguments(PUBLISH, CLERK, 403), arguments(PUBLISH, STEWARD, 403), arguments(PUBLISH, ADMINISTRATOR, 200),
				arguments(LIST, NOBODY, 401), arguments(LIST, CITIZEN, 403), arguments(LIST, OTHER_STEWARD, 403),
				arguments(LIST, CLERK, 403), arguments(LIST, STEWARD, 200), arguments(LIST, ADMINISTRATOR, 200),
				arguments(REVIEW, NOBODY, 401), arguments(REVIEW, CITIZEN, 403), arguments(REVIEW, STEWARD, 403),
				arguments(REVIEW, ADMINISTRATOR, 200));
	}

	@ParameterizedTest(name = "{0} by {1}: {2}")
	@MethodSource("everyEndpointAndCaller")
	void each_endpoint_answers_each_caller_as_the_callers_role_and_department_allow(Endpoint endpoint, Caller caller,
			int status) {
		String code = item(endpoint.needs());
		String before = code == null ? null : latestStatus(code);
		Response answer = endpoint.call().by(caller.client(port), code);
		assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
		if (status >= 400) {
			assertThat(answer.contentType()).startsWith("application/problem+json");
			if (code != null) {
				assertThat(latestStatus(code)).as("a refused call changes nothing").isEqualTo(before);
			}
		}
	}

	@Test
	void a_citizen_with_a_malformed_or_invalid_body_is_refused_for_who_they_are_not_for_the_body() {
		SoftAssertions soft = new SoftAssertions();
		HallClient citizen = CITIZEN.client(port);
		Response malformed = citizen.request().contentType("application/json").body("{\"basicCode\": ")
			.post("/api/v1/catalog/editor/items");
		soft.assertThat(malformed.statusCode()).as(malformed.asString()).isEqualTo(403);
		Response invalid = citizen.postJson("/api/v1/catalog/editor/items", Map.of("basicCode", "not a code"));
		soft.assertThat(invalid.statusCode()).as(invalid.asString()).isEqualTo(403);
		assertThat(NOBODY.client(port).request().contentType("application/json").body("{")
			.post("/api/v1/catalog/editor/items").statusCode()).isEqualTo(401);
		soft.assertAll();
	}

	/** A fresh SCJG item in the state the call needs, made by the department's steward (and the administrator). */
	private String item(Needs needs) {
		if (needs == Needs.NOTHING) {
			return null;
		}
		Response created = STEWARD.client(port).postJson("/api/v1/catalog/editor/items",
				newItem(nextBasicCode(), "权限矩阵测试事项"));
		assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
		String code = created.jsonPath().getString("implementationCode");
		if (needs == Needs.IN_REVIEW) {
			assertThat(STEWARD.client(port).post("/api/v1/catalog/editor/items/" + code + "/submission").statusCode())
				.isEqualTo(200);
		}
		return code;
	}

	private String latestStatus(String code) {
		return jdbc.sql("""
				select v.status || ' ' || v.version from catalog_item_version v join catalog_item i on i.id = v.item_id
				where i.implementation_code = ? order by v.version desc limit 1""").param(code).query(String.class)
			.single();
	}

	private static String nextBasicCode() {
		return String.format("XK7%07d", NEXT.incrementAndGet() % 10_000_000);
	}

	private static Map<String, Object> newItem(String basicCode, String name) {
		return Map.of("basicCode", basicCode, "handlingCode", "00", "departmentCode", "SCJG", "divisionCode", "310000",
				"content", content(name));
	}

	private static Map<String, Object> content(String name) {
		Map<String, Object> content = new HashMap<>();
		content.put("name", name);
		content.put("type", "ADMINISTRATIVE_LICENSING");
		content.put("level", "MUNICIPAL");
		content.put("audiences", List.of("LEGAL_PERSON"));
		content.put("caseType", "PROMISED");
		content.put("legalLimit", Map.of("value", 20, "unit", "WORKING_DAYS", "note", "自受理之日起"));
		content.put("promisedLimit", Map.of("value", 5, "unit", "WORKING_DAYS", "note", ""));
		content.put("visits", 0);
		content.put("onlineDepth", "FULLY_ONLINE");
		content.put("fee", Map.of("charged", false, "standard", "", "basis", ""));
		content.put("lifeEvents", List.of("准营准办"));
		content.put("keywords", List.of("权限"));
		return content;
	}
}
