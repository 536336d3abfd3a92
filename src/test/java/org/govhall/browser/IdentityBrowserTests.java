package org.govhall.browser;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.assertj.core.api.Assertions;
import org.govhall.support.Citizens;
import org.govhall.support.Citizens.Someone;
import org.govhall.support.DepartmentSystem;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * A citizen in a real browser: registers with the real-name check, signs in, acts for a company until the
 * authorisation is revoked, and signs in to a second application through single sign-on; every page is
 * checked with axe-core.
 */
@BrowserTest
class IdentityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_citizen_registers_with_the_keyboard_and_lands_in_the_personal_space(HallBrowser browser) {
		Someone someone = Citizens.unregistered(jdbc);
		Page page = browser.page();
		page.navigate("/login");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("注册个人账号")).click();
		assertAccessible(page);
		page.getByLabel("公民身份号码").fill(someone.idNumber());
		page.keyboard().press("Tab");
		page.keyboard().type(someone.name());
		page.keyboard().press("Tab");
		page.keyboard().type(someone.mobile());
		page.keyboard().press("Tab");
		page.keyboard().type(Citizens.PASSWORD);
		page.getByLabel("我同意").check();
		assertBesideItsLabel(page.getByLabel("我同意"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).press("Enter");
		page.waitForURL(Pattern.compile(".*/register/confirm.*").asPredicate());
		assertThat(page.locator("main")).containsText(someone.mobile().substring(7));
		assertAccessible(page);

		page.getByLabel("短信验证码").fill(Citizens.lastCode(jdbc, someone.mobile()));
		page.getByLabel("短信验证码").press("Enter");
		page.waitForURL(Pattern.compile(".*/login\\?registered=REAL_NAME").asPredicate());
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已通过实名核验");
		assertAccessible(page);

		page.locator("#username").fill(someone.idNumber());
		page.locator("#password").fill(Citizens.PASSWORD);
		page.locator("#password").press("Enter");
		page.waitForURL(Pattern.compile(".*/my$").asPredicate());
		assertThat(page.locator("#assurance")).hasText("已实名核验");
		assertThat(page.locator("#data-access")).containsText("实名核验");
		assertAccessible(page);

		page.navigate("/login/code");
		assertAccessible(page);
		page.navigate("/password-reset");
		assertAccessible(page);
	}

	@Test
	void an_agent_acts_for_a_company_until_the_legal_representative_revokes_the_authorisation(HallBrowser browser) {
		Someone agentPerson = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, agentPerson);

		Page page = browser.signedIn("13800000001");
		page.navigate("/my");
		assertThat(page.locator("#companies")).containsText("法定代表人");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("管理经办人")).click();
		assertAccessible(page);
		page.locator("#agent-id").fill(agentPerson.idNumber());
		page.locator("#agent-name").fill(agentPerson.name());
		page.getByLabel("授权办理全部事项").check();
		page.getByLabel("授权截止日期").fill(LocalDate.now().plusMonths(3).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("授权").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已授权经办人");
		assertThat(page.locator("#agents")).containsText(agentPerson.name());
		assertAccessible(page);

		Page agent = browser.signIn(browser.newPage("zh-CN"), agentPerson.mobile(), Citizens.PASSWORD);
		agent.navigate("/my");
		assertAccessible(agent);
		agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^以此企业身份办事：.+")))
			.first().click();
		assertThat(agent.locator("#acting-banner")).containsText("经办人");
		assertAccessible(agent);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("撤销 " + agentPerson.name() + " 的授权"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已撤销授权");
		assertAccessible(page);

		agent.reload();
		assertThat(agent.locator("#acting-banner")).hasCount(0);
		assertThat(agent.getByRole(AriaRole.ALERT).first()).containsText("已被撤销或已到期");
		assertAccessible(agent);
	}

	@Test
	void a_citizen_signs_in_to_a_second_application_through_single_sign_on(HallBrowser browser) throws Exception {
		Someone someone = Citizens.unregistered(jdbc);
		Citizens.register(new HallClient(port), jdbc, someone);
		String clientId = "browser-sso-" + UUID.randomUUID().toString().substring(0, 6);
		try (DepartmentSystem rp = new DepartmentSystem(browser.url(""), clientId, "openid profile")) {
			Page admin = browser.signedIn("sjj.admin");
			admin.navigate("/workbench");
			admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("统一身份认证")).click();
			assertAccessible(admin);
			admin.getByLabel("客户端标识").fill(clientId);
			admin.getByLabel("系统名称").fill("浦东新区企业服务系统");
			admin.getByLabel("回调地址（每行一个）").fill(rp.redirectUri());
			admin.getByLabel("退出后返回地址（每行一个）").fill(rp.postLogoutUri());
			admin.locator("#scope-openid").check();
			admin.locator("#scope-profile").check();
			admin.getByLabel("用户单点登录").check();
			admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记")).click();
			rp.secret(admin.locator("#new-secret code").textContent().strip());
			assertThat(admin.locator("#clients")).containsText(clientId);
			assertAccessible(admin);

			Page page = browser.signIn(browser.page(), someone.idNumber(), Citizens.PASSWORD);
			page.navigate(rp.base());
			page.locator("#sign-in").click();
			page.waitForURL(Pattern.compile(".*/oauth2/consent.*").asPredicate());
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText("浦东新区企业服务系统");
			assertBesideItsLabel(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("姓名")));
			assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("同意并继续")).click();
			assertThat(page.locator("#welcome")).hasText("欢迎，" + someone.name());

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("退出")).click();
			assertThat(page.locator("#signed-out")).isVisible();
			page.navigate("/my");
			page.waitForURL(Pattern.compile(".*/login$").asPredicate());
		}
	}

	/** A checkbox stands left of its label, on the label's first line (not above it, alone on a line). */
	private static void assertBesideItsLabel(Locator checkbox) {
		BoundingBox box = checkbox.boundingBox();
		BoundingBox label = checkbox.page().locator("label[for='" + checkbox.getAttribute("id") + "']").boundingBox();
		Assertions.assertThat(box.x + box.width).as("checkbox left of its label").isLessThanOrEqualTo(label.x);
		Assertions.assertThat(box.y).as("checkbox on the label's line").isLessThan(label.y + label.height);
		Assertions.assertThat(box.y + box.height).as("checkbox on the label's line").isGreaterThan(label.y);
	}
}
