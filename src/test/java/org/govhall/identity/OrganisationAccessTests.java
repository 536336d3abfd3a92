package org.govhall.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import io.restassured.response.Response;
import org.assertj.core.api.SoftAssertions;
import org.govhall.shared.security.StaffRole;
import org.govhall.support.Caller;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The organisation and staff administration API, endpoint by endpoint and caller by caller: nobody signed in gets
 * 401, a citizen 403, another department's staff 403; a department's own staff read its staff list (2xx), while
 * opening accounts, unlocking and temporary passwords are the administrator's alone, even for the department's
 * own head. A citizen's malformed body is refused for who is asking (403), never for the body.
 */
@GovHallTest
class OrganisationAccessTests {

	static final Caller NOBODY = Caller.anonymous();

	static final Caller CITIZEN = Caller.citizen();

	static final Caller OTHER_HEAD = Caller.staff("another department's head", "swj.head");

	static final Caller OWN_CLERK = Caller.staff("the department's window clerk", "mzj.clerk");

	static final Caller OWN_HEAD = Caller.staff("the department's head", "mzj.head");

	static final Caller ADMINISTRATOR = Caller.staff("the administrator", "sjj.admin");

	@LocalServerPort
	int port;

	@Autowired
	OrganisationDirectory directory;

	interface Call {

		Response by(HallClient client, StaffSummary account);
	}

	/** A call on the civil affairs bureau (MZJ), or on a fresh account of it. */
	record Endpoint(String name, boolean onAnAccount, Call call) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final Endpoint STAFF_LIST = new Endpoint("GET /organisation/departments/MZJ/staff", false,
			(client, account) -> client.get("/api/v1/organisation/departments/MZJ/staff"));

	static final Endpoint OPEN = new Endpoint("POST /organisation/staff (an MZJ account)", false,
			(client, account) -> client.postJson("/api/v1/organisation/staff", Map.of("username",
					"matrix." + UUID.randomUUID().toString().substring(0, 8), "displayName", "权限矩阵新同事",
					"departmentCode", "MZJ", "roles", List.of("WINDOW_CLERK"), "password", "A-long-enough-password")));

	static final Endpoint UNLOCK = new Endpoint("POST /organisation/staff/{id}/unlock", true,
			(client, account) -> client.post("/api/v1/organisation/staff/" + account.id() + "/unlock"));

	static final Endpoint TEMPORARY_PASSWORD = new Endpoint("POST /identity/staff/{id}/temporary-password", true,
			(client, account) -> client.postJson("/api/v1/identity/staff/" + account.id() + "/temporary-password",
					Map.of("reason", "权限矩阵测试：本人来电")));

	static Stream<Arguments> everyEndpointAndCaller() {
		return Stream.of(
				arguments(STAFF_LIST, NOBODY, 401), arguments(STAFF_LIST, CITIZEN, 403),
				arguments(STAFF_LIST, OTHER_HEAD, 403), arguments(STAFF_LIST, OWN_CLERK, 200),
				arguments(OPEN, NOBODY, 401), arguments(OPEN, CITIZEN, 403), arguments(OPEN, OTHER_HEAD, 403),
				arguments(OPEN, OWN_HEAD, 403), arguments(OPEN, ADMINISTRATOR, 201),
				arguments(UNLOCK, NOBODY, 401), arguments(UNLOCK, CITIZEN, 403), arguments(UNLOCK, OTHER_HEAD, 403),
				arguments(UNLOCK, OWN_HEAD, 403), arguments(UNLOCK, ADMINISTRATOR, 204),
				arguments(TEMPORARY_PASSWORD, NOBODY, 401), arguments(TEMPORARY_PASSWORD, CITIZEN, 403),
				arguments(TEMPORARY_PASSWORD, OTHER_HEAD, 403), arguments(TEMPORARY_PASSWORD, OWN_HEAD, 403),
				arguments(TEMPORARY_PASSWORD, ADMINISTRATOR, 200));
	}

	@ParameterizedTest(name = "{0} by {1}: {2}")
	@MethodSource("everyEndpointAndCaller")
	void each_endpoint_answers_each_caller_as_the_callers_role_and_department_allow(Endpoint endpoint, Caller caller,
			int status) {
		StaffSummary account = !endpoint.onAnAccount() ? null : directory.openAccount(new NewStaffAccount(
				"matrix." + UUID.randomUUID().toString().substring(0, 8), "权限矩阵测试员", "MZJ",
				Set.of(StaffRole.WINDOW_CLERK), "Matrix-password-1"));
		Response answer = endpoint.call().by(caller.client(port), account);
		assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(status);
		if (status >= 400) {
			assertThat(answer.contentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void a_citizen_with_a_malformed_or_invalid_body_is_refused_for_who_they_are_not_for_the_body() {
		SoftAssertions soft = new SoftAssertions();
		HallClient citizen = CITIZEN.client(port);
		Response malformed = citizen.request().contentType("application/json").body("{\"username\": ")
			.post("/api/v1/organisation/staff");
		soft.assertThat(malformed.statusCode()).as(malformed.asString()).isEqualTo(403);
		Response invalid = citizen.postJson("/api/v1/organisation/staff", Map.of("username", "X"));
		soft.assertThat(invalid.statusCode()).as(invalid.asString()).isEqualTo(403);
		Response department = citizen.postJson("/api/v1/organisation/departments", Map.of("code", ""));
		soft.assertThat(department.statusCode()).as(department.asString()).isEqualTo(403);
		soft.assertAll();
	}
}
