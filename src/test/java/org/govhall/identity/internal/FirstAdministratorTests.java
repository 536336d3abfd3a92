package org.govhall.identity.internal;

import java.util.UUID;

import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.StaffSummary;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.security.StaffRole;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production hall gets its first administrator from configuration, once, and never with a weak password. */
@GovHallTest
class FirstAdministratorTests {

	@LocalServerPort
	int port;

	@Autowired
	FirstAdministrator firstAdministrator;

	@Autowired
	OrganisationDirectory directory;

	@Test
	void the_first_administrator_is_opened_once_and_can_sign_in() {
		String username = "root." + suffix();
		BootstrapProperties settings = settings(username, "Correct-Horse-42", "SJJ", null);

		StaffSummary opened = firstAdministrator.open(settings).orElseThrow();
		assertThat(opened.roles()).containsExactly(StaffRole.ADMINISTRATOR);
		assertThat(firstAdministrator.open(settings)).isEmpty();

		HallClient admin = new HallClient(port);
		assertThat(admin.signIn(username, "Correct-Horse-42").header("Location")).endsWith("/workbench");
		assertThat(admin.get("/admin/organisation").statusCode()).isEqualTo(200);
	}

	@Test
	void the_platform_department_is_registered_when_missing() {
		String code = "BOOT" + suffix().toUpperCase().replaceAll("[^A-Z0-9]", "");
		String creditCode = CreditCodes.generate('1', '1', "310000", "11559999");
		firstAdministrator.open(settings("root." + suffix(), "Correct-Horse-42", code, creditCode)).orElseThrow();
		assertThat(directory.departmentByCode(code)).isPresent();
	}

	@Test
	void a_short_password_or_a_missing_credit_code_stops_the_start() {
		assertThatThrownBy(() -> firstAdministrator.open(settings("root." + suffix(), "short-pass", "SJJ", null)))
			.hasMessageContaining("at least 12");
		assertThatThrownBy(() -> firstAdministrator.open(settings("root." + suffix(), "Correct-Horse-42", "NOSUCH",
				null)))
			.hasMessageContaining("department-credit-code");
		assertThat(directory.departmentByCode("NOSUCH")).isEmpty();
	}

	@Test
	void without_a_password_nothing_is_created() {
		String username = "root." + suffix();
		assertThat(firstAdministrator.open(settings(username, null, "SJJ", null))).isEmpty();
		assertThat(firstAdministrator.open(settings(username, "  ", "SJJ", null))).isEmpty();
	}

	private static BootstrapProperties settings(String username, String password, String departmentCode,
			String creditCode) {
		return new BootstrapProperties(username, password, departmentCode, "平台运维", "Platform operations", creditCode,
				"310000");
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
