package org.govhall.browser;

import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * axe-core finds nothing on the English pages people use most, nor on the pages other browser tests do not reach:
 * the second-factor enrolment, a data resource's page, the population generation and the error pages. The check
 * itself finds what it should.
 */
@BrowserTest
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_check_finds_a_violation_where_there_is_one_the_label_in_name_rule_included(HallBrowser browser) {
		Page page = browser.page();
		page.setContent("""
				<!DOCTYPE html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1>
				<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
				<button aria-label="Remove the item">Delete</button></main></body></html>""");
		Assertions.assertThatThrownBy(() -> assertAccessible(page))
			.hasMessageContaining("image-alt")
			.hasMessageContaining("label-content-name-mismatch");
	}

	@Test
	void the_main_public_pages_in_english_have_no_violation(HallBrowser browser) {
		Page page = browser.newPage("en-GB");
		page.navigate("/?lang=en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertAccessible(page);
		page.navigate("/services?q=company");
		assertAccessible(page);
		page.navigate("/services");
		assertAccessible(page);
		page.locator(".result-list .result h3 a").first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		assertAccessible(page);
		page.navigate("/login");
		assertAccessible(page);
		page.navigate("/register");
		assertAccessible(page);
		page.navigate("/no/such/page");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");
		assertAccessible(page);
	}

	@Test
	void the_personal_space_in_english_has_no_violation(HallBrowser browser) {
		Page page = browser.newPage("en-GB");
		browser.signIn(page, "13800000001");
		page.navigate("/my?lang=en");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		assertAccessible(page);
	}

	@Test
	void the_exchange_workbench_and_a_resource_page_have_no_violation_in_either_language(HallBrowser browser) {
		Page page = browser.newPage("en-GB");
		browser.signIn(page, "sjj.admin");
		page.navigate("/workbench/exchange?lang=en");
		assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Every resource of the catalogue")))
			.isVisible();
		assertAccessible(page);
		page.getByLabel("Words").fill("household");
		page.getByLabel("Sharing", new Page.GetByLabelOptions().setExact(true)).selectOption("CONDITIONAL");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("No resource matches.");
		assertAccessible(page);
		page.getByLabel("Words").fill("户籍");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("户籍信息").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Fields of \"户籍信息\"")))
			.isVisible();
		assertAccessible(page);
		page.navigate("/workbench/exchange/resources/GAJ-SJHM?lang=zh-CN");
		assertThat(page.locator("#not-shared-basis")).containsText("个人信息保护法");
		assertAccessible(page);
		page.navigate("/workbench/exchange?subjectKey=PASSPORT");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("PASSPORT");
		assertAccessible(page);
	}

	@Test
	void a_supervisor_reads_the_access_log_with_the_keyboard_in_either_language(HallBrowser browser) {
		String subject = new SyntheticPopulation(2026).person(110).idNumber();
		new HallClient(port).signedIn("wlj.steward").postJson("/api/v1/exchange/lookups", Map.of("resource", "GAJ-HJXX",
				"subject", subject, "purpose", "无障碍测试"));
		Page page = browser.newPage("zh-CN");
		browser.signIn(page, "dcb.supervisor1");
		page.navigate("/workbench/exchange/access-log");
		assertAccessible(page);
		page.getByLabel("查询对象").fill(subject);
		page.getByLabel("查询对象").press("Enter");
		assertThat(page.locator("#access-records")).containsText("无障碍测试");
		assertThat(page.locator("#access-records")).containsText("文化和旅游局");
		assertAccessible(page);
		page.navigate("/workbench/exchange/access-log?lang=en");
		page.getByLabel("Subject").fill(subject);
		page.getByLabel("Subject").press("Enter");
		assertThat(page.locator("#access-records")).containsText("Refused: no grant");
		assertThat(page.locator("#access-records")).containsText("Culture and Tourism Bureau");
		assertAccessible(page);
	}

	@Test
	void the_second_factor_enrolment_has_no_violation(HallBrowser browser) {
		Page page = browser.newPage("zh-CN");
		browser.signIn(page, "sthj.clerk");
		page.navigate("/account/second-factor");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		assertAccessible(page);
		page.navigate("/account/second-factor?lang=en");
		assertAccessible(page);
	}

	@Test
	void the_generation_page_updates_its_progress_inside_one_stable_status_region(HallBrowser browser) {
		UUID job = UUID.randomUUID();
		jdbc.sql("""
				insert into exchange_generation_job (id, target, first_index, loaded, state, started_by, started_at)
				values (?, 500, 0, 0, 'RUNNING', 'sjj.admin', now())""").param(job).update();
		try {
			Page page = browser.newPage("zh-CN");
			browser.signIn(page, "sjj.admin");
			page.navigate("/workbench/exchange/generation/" + job);
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("正在生成");
			assertAccessible(page);
			page.evaluate("document.getElementById('generation-state').dataset.original = 'yes'");

			jdbc.sql("update exchange_generation_job set loaded = 200, updated_at = now() where id = ?").param(job)
				.update();
			assertThat(page.locator("#generation-bar")).hasAttribute("value", "40");
			assertThat(page.getByLabel("已载入 200 / 500 人")).isVisible();
			jdbc.sql("update exchange_generation_job set loaded = 500, state = 'DONE', finished_at = now() where id = ?")
				.param(job).update();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("已完成",
					new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
			assertThat(page.locator("#generation-bar")).hasAttribute("value", "100");
			// the same region as at first, never replaced; and polling has stopped
			assertThat(page.locator("#generation-state[data-original=yes]")).hasCount(1);
			assertThat(page.locator("#generation-poll[hx-get]")).hasCount(0);
			assertAccessible(page);
		}
		finally {
			jdbc.sql("update exchange_generation_job set state = 'DONE' where id = ? and state = 'RUNNING'").param(job)
				.update();
		}
	}

	@Test
	void the_403_page_a_citizen_gets_from_the_workbench_has_no_violation(HallBrowser browser) {
		Page page = browser.signedIn("13800000002");
		var response = page.navigate("/workbench/exchange");
		Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("无权访问");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("仅供工作人员");
		assertAccessible(page);
		page.navigate("/workbench/exchange?lang=en");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not allowed");
		assertAccessible(page);
	}
}
