package org.govhall.browser;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.identity.NewStaffAccount;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.StaffSummary;
import org.govhall.shared.security.StaffRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * A staff member who forgot the password, in a real browser: an administrator sets a temporary password from
 * the organisation page, the staff member must choose a new one at the next sign-in, then finds their devices on
 * My account and signs the other one out. Every page is checked with axe-core.
 */
@BrowserTest
class StaffAccountBrowserTests {

	@Autowired
	OrganisationDirectory directory;

	@Test
	void a_staff_member_given_a_temporary_password_chooses_a_new_one_and_signs_another_device_out(HallBrowser browser) {
		String name = "浏览器测试员" + UUID.randomUUID().toString().substring(0, 4);
		StaffSummary account = directory.openAccount(new NewStaffAccount(
				"browser." + UUID.randomUUID().toString().substring(0, 8), name, "MZJ", Set.of(StaffRole.WINDOW_CLERK),
				"Forgotten-pass-1"));

		Page admin = browser.signedIn("sjj.admin");
		admin.navigate("/admin/organisation/MZJ");
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
		assertAccessible(admin);
		admin.locator("#temporary-reason").fill("本人来电忘记密码，已回拨核实");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("设置临时密码")).click();
		assertThat(admin.locator("#feedback")).containsText("已为 " + name + " 设置临时密码");
		assertThat(admin.locator("#change-required")).isVisible();
		String temporary = admin.locator("#temporary-password code").textContent().strip();
		assertAccessible(admin);

		Page page = browser.signIn(browser.page(), account.username(), temporary);
		page.navigate("/workbench");
		assertThat(page).hasURL(Pattern.compile(".*/account/password$"));
		assertThat(page.locator("#password-required")).containsText("临时密码");
		assertAccessible(page);
		page.getByLabel("当前密码").fill(temporary);
		page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Chosen-in-browser-8");
		page.getByLabel("再次输入新密码").fill("Chosen-in-browser-9");
		page.getByLabel("再次输入新密码").press("Enter");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("两次输入的新密码不一致");
		assertThat(page.getByLabel("再次输入新密码")).hasAttribute("aria-invalid", "true");
		assertAccessible(page);
		page.getByLabel("当前密码").fill(temporary);
		page.getByLabel("新密码", new Page.GetByLabelOptions().setExact(true)).fill("Chosen-in-browser-8");
		page.getByLabel("再次输入新密码").fill("Chosen-in-browser-8");
		page.getByLabel("再次输入新密码").press("Enter");
		page.waitForURL(Pattern.compile(".*/account$").asPredicate());
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("密码已修改");
		assertAccessible(page);

		Page other = browser.signIn(browser.newPage("zh-CN"), account.username(), "Chosen-in-browser-8");
		other.navigate("/workbench");
		other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的账号")).click();
		assertThat(other.locator("#session-list tbody tr")).hasCount(2);

		page.reload();
		assertThat(page.locator("#session-list tbody tr")).hasCount(2);
		page.locator("#session-list").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
			.setName(Pattern.compile("^退出该设备（.* 登录）$"))).focus();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已退出该设备");
		assertThat(page.locator("#session-list tbody tr")).hasCount(1);
		assertAccessible(page);

		other.navigate("/workbench");
		other.waitForURL(Pattern.compile(".*/login$").asPredicate());
	}
}
