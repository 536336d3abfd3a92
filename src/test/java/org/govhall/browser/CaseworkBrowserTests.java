package org.govhall.browser;

import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * 我的办件 and 待办 in the browser: the applicant follows a case, the department's clerk accepts it with the keyboard
 * only, and the applicant sees the step; every page axe-clean in Chinese and English.
 */
@BrowserTest
class CaseworkBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_clerk_accepts_a_case_with_the_keyboard_and_the_applicant_follows_it(HallBrowser browser) {
		String item = CaseworkTests.personalItem(jdbc);
		String department = jdbc.sql("select lower(department_code) from catalog_item where implementation_code = ?")
			.param(item).query(String.class).single();
		HallClient applicant = new HallClient(port);
		applicant.signIn("13800000001", HallClient.DEMO_PASSWORD);
		applicant.get("/my");
		String number = Applying.applied(applicant, Map.of("item", item));

		Page citizen = browser.newPage("zh-CN");
		browser.signIn(citizen, "13800000001");
		citizen.navigate("/my/cases");
		assertThat(citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number))).isVisible();
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).focus();
		citizen.keyboard().press("Enter");
		assertThat(citizen.locator("#case-status")).hasText("已提交，待受理");
		assertAccessible(citizen);

		Page clerk = browser.newPage("zh-CN");
		browser.signIn(clerk, department + ".clerk");
		clerk.navigate("/workbench/tasks");
		assertAccessible(clerk);
		clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).focus();
		clerk.keyboard().press("Enter");
		assertThat(clerk.locator("#case-number")).hasText(number);
		assertAccessible(clerk);
		clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签收")).focus();
		clerk.keyboard().press("Enter");
		assertThat(clerk.locator("#feedback")).containsText("已签收");
		clerk.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("受理").setExact(true)).focus();
		clerk.keyboard().press("Space");
		clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).focus();
		clerk.keyboard().press("Enter");
		assertThat(clerk.locator("#feedback")).containsText("已办理");

		citizen.navigate("/my/cases/" + number + "?lang=en");
		assertThat(citizen.locator("#case-status")).hasText("In progress");
		assertThat(citizen.locator("#timeline")).containsText("Accepted");
		assertAccessible(citizen);
	}
}
