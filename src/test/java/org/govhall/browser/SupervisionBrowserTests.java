package org.govhall.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import org.govhall.support.Citizens;
import org.govhall.support.HallClient;
import org.govhall.supervision.internal.SupervisionSweep;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * Supervision in the browser, keyboard only and axe-clean: a supervisor sees an overdue case red on the board
 * and sends its department a notice from there; the department's head answers it; the public statistics page
 * draws its charts with the same figures in tables beside them, in Chinese and in English.
 */
@BrowserTest
class SupervisionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SupervisionSweep sweep;

	@Autowired
	Clock clock;

	@Test
	void a_supervisor_sends_a_notice_about_a_red_case_and_the_department_answers(HallBrowser browser) {
		HallClient applicant = Citizens.signedIn(port, jdbc, Citizens.unregistered(jdbc));
		String number = Applying.applied(applicant, Map.of("item", CaseworkTests.personalItem(jdbc)));
		String department = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select department from supervision_branch where case_number = ?").param(number).query(String.class)
			.optional().orElse(null), d -> d != null);
		// its promised limit ran out a week ago
		jdbc.sql("update supervision_branch set due_on = ? where case_number = ?")
			.params(java.sql.Date.valueOf(LocalDate.now(clock).minusDays(7)), number).update();
		org.assertj.core.api.Assertions.assertThat(sweep.sweep()).isPresent();

		Page supervisor = browser.newPage("zh-CN");
		browser.signIn(supervisor, "dcb.supervisor1");
		supervisor.navigate("/workbench");
		supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("电子监察")).first().focus();
		supervisor.keyboard().press("Enter");
		assertThat(supervisor.locator("h1")).hasText("电子监察");
		assertThat(supervisor.locator("#red-cases")).containsText(number);
		assertThat(supervisor.locator("#follow-ups li").first()).isVisible();
		assertThat(supervisor.locator("#weeks")).isVisible();
		assertAccessible(supervisor);
		supervisor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("督办 " + number)).focus();
		supervisor.keyboard().press("Enter");
		assertThat(supervisor.locator("#notice-case")).hasValue(number);
		supervisor.getByLabel("督办要求").focus();
		supervisor.keyboard().insertText("该件已超期一周，请于期限内说明原因并尽快办结。");
		supervisor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发出督办")).focus();
		supervisor.keyboard().press("Enter");
		assertThat(supervisor.locator("#feedback")).containsText("已发出");
		assertThat(supervisor.locator("#notice-state")).hasText("待答复");
		assertAccessible(supervisor);
		String noticeUrl = supervisor.url();

		Page head = browser.newPage("zh-CN");
		browser.signIn(head, department.toLowerCase(Locale.ROOT) + ".head");
		head.navigate("/workbench/supervision/notices?open=true");
		assertAccessible(head);
		head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
				jdbc.sql("select number from supervision_notice where case_number = ?").param(number)
					.query(String.class).single())).focus();
		head.keyboard().press("Enter");
		head.getByLabel("答复", new Page.GetByLabelOptions().setExact(true)).focus();
		head.keyboard().insertText("已督促经办人今日办结，并对超期原因作出说明。");
		head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交答复")).focus();
		head.keyboard().press("Enter");
		assertThat(head.locator("#feedback")).containsText("已答复");
		assertThat(head.locator("#notice-answer")).hasText("已督促经办人今日办结，并对超期原因作出说明。");
		assertAccessible(head);

		supervisor.navigate(noticeUrl);
		assertThat(supervisor.locator("#notice-state")).hasText("已答复");
	}

	@Test
	void the_public_statistics_draw_charts_with_tables_beside_them(HallBrowser browser) {
		Page page = browser.newPage("zh-CN");
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("办件统计")).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).hasText("办件统计");
		assertThat(page.locator("#figures tbody tr").first()).isVisible();
		assertThat(page.locator(".chart svg").first()).isVisible();
		org.assertj.core.api.Assertions.assertThat(page.locator(".chart").count())
			.as("volume, on time, good ratings, trend, governance").isEqualTo(5);
		assertThat(page.locator("#figures thead")).containsText("好评率");
		assertThat(page.locator("#governance")).containsText("市场监督管理局");
		assertAccessible(page);
		page.getByLabel("统计维度").selectOption("MONTH");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("统计")).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#figures thead th").first()).hasText("月份");
		assertAccessible(page);

		Page english = browser.newPage("en");
		english.navigate("/statistics?lang=en&by=DISTRICT");
		assertThat(english.locator("h1")).hasText("Case statistics");
		assertThat(english.locator("#figures thead th").first()).hasText("District");
		assertThat(english.locator(".chart svg").first()).isVisible();
		assertAccessible(english);
	}
}
