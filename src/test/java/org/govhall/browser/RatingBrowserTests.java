package org.govhall.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.rating.FinishedCaseFixture;
import org.govhall.support.Citizens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * 好差评 in the browser, with the keyboard alone: a citizen rates a finished case badly from the case page, the
 * department's head records the contact and the rectification, the citizen sees it and says it was put right; the
 * public figures and the moderation queue render; the texted link rates without signing in; every page axe-clean.
 */
@BrowserTest
class RatingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_citizen_rates_a_case_badly_the_department_puts_it_right_and_the_citizen_sees_it(HallBrowser browser) {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);

		Page citizen = browser.newPage("zh-CN");
		browser.signIn(citizen, c.someone().idNumber(), Citizens.PASSWORD);
		citizen.navigate("/my/cases/" + c.number());
		citizen.locator("#rate-case").focus();
		citizen.keyboard().press("Enter");
		assertThat(citizen.locator("h1")).hasText("评价办件");
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("1 星：非常不满意")).focus();
		citizen.keyboard().press("Space");
		citizen.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("多次跑动")).focus();
		citizen.keyboard().press("Space");
		citizen.getByLabel("评价内容（选填）").focus();
		citizen.keyboard().insertText("补交材料来回跑了两趟。");
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).focus();
		citizen.keyboard().press("Enter");
		assertThat(citizen.locator("#feedback")).containsText("感谢您的评价");
		assertThat(citizen.locator("#my-stars")).hasText("1 星：非常不满意");
		assertThat(citizen.locator("#follow-up-state")).containsText("部门正在处理您的差评");
		assertAccessible(citizen);

		Page head = browser.newPage("zh-CN");
		browser.signIn(head, c.department() + ".head");
		head.navigate("/workbench/ratings");
		assertThat(head.locator("h1")).hasText("差评整改");
		assertAccessible(head);
		head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(c.number())).focus();
		head.keyboard().press("Enter");
		assertThat(head.locator("#follow-up-state")).hasText("待整改");
		assertAccessible(head);
		head.getByLabel("联系申请人情况").focus();
		head.keyboard().insertText("已电话联系申请人，说明补正要求并致歉。");
		head.getByLabel("整改情况").focus();
		head.keyboard().insertText("材料清单已补充示例，窗口一次性告知补正内容。");
		head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交整改情况")).focus();
		head.keyboard().press("Enter");
		assertThat(head.locator("#feedback")).containsText("整改情况已记录");
		assertThat(head.locator("#follow-up-state")).hasText("已整改");
		assertAccessible(head);

		citizen.navigate("/my/ratings/" + c.number());
		assertThat(citizen.locator("#rectification")).hasText("材料清单已补充示例，窗口一次性告知补正内容。");
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("满意：问题已解决")).focus();
		citizen.keyboard().press("Space");
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).focus();
		citizen.keyboard().press("Enter");
		assertThat(citizen.locator("#verdict")).hasText("满意：问题已解决");
		assertAccessible(citizen);
		citizen.navigate("/my/ratings");
		assertThat(citizen.locator("#my-ratings")).containsText(c.number());
		assertAccessible(citizen);

		Page anyone = browser.newPage("en");
		anyone.navigate("/ratings");
		assertThat(anyone.locator("h1")).hasText("Ratings of government services");
		assertAccessible(anyone);
		Page supervisor = browser.newPage("zh-CN");
		browser.signIn(supervisor, "dcb.supervisor1");
		supervisor.navigate("/workbench/ratings/moderation");
		assertThat(supervisor.locator("h1")).hasText("评价内容审核");
		assertAccessible(supervisor);
	}

	@Test
	void the_link_in_the_text_message_rates_a_case_without_signing_in(HallBrowser browser) {
		FinishedCaseFixture c = FinishedCaseFixture.finished(port, jdbc);
		Page anyone = browser.newPage("zh-CN");
		anyone.navigate("/ratings/r/" + c.linkToken(jdbc));
		assertThat(anyone.locator("#case-number")).hasText(c.number());
		assertAccessible(anyone);
		anyone.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("5 星：非常满意")).focus();
		anyone.keyboard().press("Space");
		anyone.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("一次办成")).focus();
		anyone.keyboard().press("Space");
		anyone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).focus();
		anyone.keyboard().press("Enter");
		assertThat(anyone.locator("#feedback")).containsText("感谢您的评价");
		assertThat(anyone.locator("h1")).hasText("政务服务好差评");
		assertAccessible(anyone);
	}
}
