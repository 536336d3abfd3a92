package org.govhall.browser;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.support.Citizens;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.BrowserSession.assertAccessible;

/**
 * axe-core finds nothing on the English pages people use most, nor on the pages other browser tests do not reach:
 * the second-factor enrolment, a data resource's page, the population generation and the error pages.
 */
@GovHallTest
class AccessibilityBrowserTests {

	static BrowserSession session;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	BrowserContext context;

	@BeforeAll
	static void launch() {
		session = BrowserSession.launch();
	}

	@AfterAll
	static void shutDown() {
		if (session != null) {
			session.close();
		}
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	@Test
	void the_main_public_pages_in_english_have_no_violation() {
		Page page = open("en-GB");
		page.navigate(url("/?lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertAccessible(page);
		page.navigate(url("/services?q=company"));
		assertAccessible(page);
		page.navigate(url("/services"));
		page.locator(".result-list .result h3 a").first().click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		assertAccessible(page);
		page.navigate(url("/login"));
		assertAccessible(page);
		page.navigate(url("/register"));
		assertAccessible(page);
		page.navigate(url("/no/such/page"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Page not found");
		assertAccessible(page);
	}

	@Test
	void the_personal_space_in_english_has_no_violation() {
		Page page = open("en-GB");
		page.navigate(url("/login?lang=en"));
		page.locator("#username").fill("13800000001");
		page.locator("#password").fill(HallClient.DEMO_PASSWORD);
		page.locator("#password").press("Enter");
		page.waitForURL(Pattern.compile(".*/my$").asPredicate());
		assertAccessible(page);
	}

	@Test
	void the_exchange_workbench_and_a_resource_page_have_no_violation_in_either_language() {
		Page page = open("en-GB");
		signIn(page, "sjj.admin");
		page.navigate(url("/workbench/exchange?lang=en"));
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
		page.navigate(url("/workbench/exchange/resources/GAJ-SJHM?lang=zh-CN"));
		assertThat(page.locator("#not-shared-basis")).containsText("个人信息保护法");
		assertAccessible(page);
		page.navigate(url("/workbench/exchange?subjectKey=PASSPORT"));
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("PASSPORT");
		assertAccessible(page);
	}

	@Test
	void a_supervisor_reads_the_access_log_with_the_keyboard_in_either_language() {
		String subject = new SyntheticPopulation(2026).person(110).idNumber();
		new HallClient(port).signedIn("wlj.steward").postJson("/api/v1/exchange/lookups", Map.of("resource", "GAJ-HJXX",
				"subject", subject, "purpose", "无障碍测试"));
		Page page = open("zh-CN");
		signIn(page, "dcb.supervisor1");
		page.navigate(url("/workbench/exchange/access-log"));
		assertAccessible(page);
		page.getByLabel("查询对象").fill(subject);
		page.getByLabel("查询对象").press("Enter");
		assertThat(page.locator("#access-records")).containsText("无障碍测试");
		assertThat(page.locator("#access-records")).containsText("文化和旅游局");
		assertAccessible(page);
		page.navigate(url("/workbench/exchange/access-log?lang=en"));
		page.getByLabel("Subject").fill(subject);
		page.getByLabel("Subject").press("Enter");
		assertThat(page.locator("#access-records")).containsText("Refused: no grant");
		assertThat(page.locator("#access-records")).containsText("Culture and Tourism Bureau");
		assertAccessible(page);
	}

	@Test
	void the_second_factor_enrolment_has_no_violation() {
		Page page = open("zh-CN");
		signIn(page, "sthj.clerk");
		page.navigate(url("/account/second-factor"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
		assertAccessible(page);
		page.navigate(url("/account/second-factor?lang=en"));
		assertAccessible(page);
	}

	@Test
	void the_generation_page_updates_its_progress_inside_one_stable_status_region() {
		UUID job = UUID.randomUUID();
		jdbc.sql("""
				insert into exchange_generation_job (id, target, first_index, loaded, state, started_by, started_at)
				values (?, 500, 0, 0, 'RUNNING', 'sjj.admin', now())""").param(job).update();
		try {
			Page page = open("zh-CN");
			signIn(page, "sjj.admin");
			page.navigate(url("/workbench/exchange/generation/" + job));
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
	void the_403_page_a_citizen_gets_from_the_workbench_has_no_violation() {
		Citizens.Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		Page page = open("zh-CN");
		page.navigate(url("/login"));
		page.locator("#username").fill(someone.idNumber());
		page.locator("#password").fill(Citizens.PASSWORD);
		page.locator("#password").press("Enter");
		page.waitForURL(Pattern.compile(".*/my$").asPredicate());
		var response = page.navigate(url("/workbench/exchange"));
		org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("无权访问");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("仅供工作人员");
		assertAccessible(page);
		page.navigate(url("/workbench/exchange?lang=en"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not allowed");
		assertAccessible(page);
	}

	private Page open(String locale) {
		context = session.browser().newContext(new Browser.NewContextOptions().setLocale(locale));
		return context.newPage();
	}

	private void signIn(Page page, String username) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(HallClient.DEMO_PASSWORD);
		page.locator("#password").press("Enter");
		page.waitForURL(Pattern.compile(".*/workbench$").asPredicate());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
