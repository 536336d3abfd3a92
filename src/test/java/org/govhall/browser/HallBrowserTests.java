package org.govhall.browser;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import org.assertj.core.api.Assertions;
import org.govhall.catalog.internal.CatalogueColumns;
import org.govhall.exchange.Person;
import org.govhall.support.HallClient;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/** What a person does in a real browser: keyboard only, every page checked with axe-core. */
@BrowserTest
class HallBrowserTests {

	@Test
	void a_staff_member_signs_in_with_the_keyboard_sees_the_workbench_and_signs_out(HallBrowser browser) {
		Page page = browser.page();
		page.navigate("/");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("网上办事，一网通办");
		assertAccessible(page);

		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("跳到主要内容");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登录").setExact(true)).focus();
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(".*/login$").asPredicate());
		assertAccessible(page);

		assertThat(page.locator("#username")).isFocused();
		page.keyboard().type("scjg.clerk");
		page.keyboard().press("Tab");
		assertThat(page.locator("#password")).isFocused();
		page.keyboard().type(HallClient.DEMO_PASSWORD);
		page.keyboard().press("Enter");

		page.waitForURL(Pattern.compile(".*/workbench$").asPredicate());
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("工作台");
		assertThat(page.locator("main")).containsText("市场监督管理局");
		assertThat(page.locator("main")).containsText("窗口人员");
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出登录")).focus();
		page.keyboard().press("Enter");
		page.waitForURL(Pattern.compile(".*/\\?signedOut$").asPredicate());
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("您已安全退出。");
		assertAccessible(page);
		page.navigate("/workbench");
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
	}

	@Test
	void a_wrong_password_is_explained_accessibly(HallBrowser browser) {
		Page page = browser.page();
		page.navigate("/login");
		page.locator("#username").fill("scjg.reviewer");
		page.locator("#password").fill("wrong password");
		page.locator("#password").press("Enter");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("用户名或密码错误");
		assertAccessible(page);
	}

	@Test
	void an_administrator_reaches_the_organisation_and_the_audit_trail_from_the_workbench(HallBrowser browser) {
		Page page = browser.signedIn("sjj.admin");
		page.navigate("/workbench");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("组织机构")).click();
		assertThat(page.locator("table")).containsText("市场监督管理局");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("市场监督管理局").setExact(true)).click();
		assertThat(page.locator("table")).containsText("scjg.clerk");
		assertAccessible(page);

		page.navigate("/workbench");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("审计日志")).click();
		page.getByLabel("操作", new Page.GetByLabelOptions().setExact(true)).fill("staff.signedIn");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询")).click();
		assertThat(page.locator("table")).containsText("sjj.admin");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("验证日志完整性")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("日志链完整");
		assertAccessible(page);
	}

	@Test
	void the_deadline_calculator_answers_in_place_and_in_english_too(HallBrowser browser) {
		Page page = browser.page();
		page.navigate("/tools/deadline?lang=en");
		assertAccessible(page);
		page.getByLabel("Date of receipt").fill("2026-09-30");
		page.getByLabel("Time limit (working days)").fill("5");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calculate")).click();
		assertThat(page.locator("#deadline-result")).containsText("13 October 2026");
		assertAccessible(page);
	}

	@Test
	void pages_fit_a_phone_screen_without_sideways_scrolling(HallBrowser browser) {
		Page page = browser.page();
		page.setViewportSize(375, 740);
		for (String path : new String[] { "/", "/login", "/tools/deadline", "/services", "/bundles/YJS-KBQY" }) {
			page.navigate(path);
			Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
			Assertions.assertThat(overflow).as("horizontal scrolling on %s", path).isEqualTo(false);
			assertAccessible(page);
		}
		browser.signIn(page, "dcb.supervisor1");
		page.navigate("/workbench");
		Assertions.assertThat(page.evaluate("document.documentElement.scrollWidth > window.innerWidth"))
			.as("horizontal scrolling on the workbench").isEqualTo(false);
		assertAccessible(page);
	}

	@Test
	void a_founder_finds_company_registration_from_the_home_page_reads_the_guide_and_prints_it(HallBrowser browser) {
		Page page = browser.page();
		page.navigate("/");
		page.locator("#q").fill("设立有限责任公司");
		page.locator("#q").press("Enter");
		page.waitForURL(Pattern.compile(".*/services\\?q=.*").asPredicate());
		Locator first = page.locator(".result-list .result h3 a").first();
		assertThat(first).hasText("有限责任公司设立登记");
		assertAccessible(page);

		first.focus();
		page.keyboard().press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("有限责任公司设立登记");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申报材料"))).isVisible();
		assertThat(page.locator("table.materials tbody tr").first()).isVisible();
		assertAccessible(page);

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator(".site-header")).isHidden();
		assertThat(page.locator("[data-print]")).isHidden();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("申报材料"))).isVisible();
	}

	@Test
	void an_administrator_imports_a_catalogue_file_and_watches_its_progress(HallBrowser browser) {
		Page page = browser.signedIn("sjj.admin");
		page.navigate("/workbench");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("事项目录")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("事项目录管理");
		assertAccessible(page);
		String csv = String.join(",", CatalogueColumns.COLUMNS) + "\n"
				+ "XK96001001,00,SCJG,310000,浏览器导入测试锅炉安装告知,ADMINISTRATIVE_LICENSING,MUNICIPAL,LEGAL_PERSON,"
				+ "PROMISED,20,WORKING_DAYS,,5,WORKING_DAYS,,0,FULLY_ONLINE,false,,,准营准办,特种设备,锅炉,3,\n";
		page.locator("#file").setInputFiles(new FilePayload("catalogue.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8)));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上传并导入")).click();
		assertThat(page.locator("#import-progress [role=status]"))
			.containsText("导入完成", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertThat(page.locator("#import-bar")).hasAttribute("value", "100");
		assertAccessible(page);
	}

	@Test
	void an_editor_drafts_a_new_item_in_an_accessible_form(HallBrowser browser) {
		Page page = browser.signedIn("scjg.steward");
		page.navigate("/workbench/catalogue");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建事项").setExact(true)).click();
		page.getByLabel("基本编码").fill("XK94001001");
		page.getByLabel("事项名称").fill("浏览器新建测试事项");
		page.getByLabel("法人办事").check();
		page.getByLabel("主题（至少一项）").fill("准营准办");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已保存草稿");
		assertThat(page.getByLabel("事项名称")).hasValue("浏览器新建测试事项");
		assertAccessible(page);
	}

	@Test
	void one_department_asks_for_another_departments_data_and_the_provider_grants_it_masked(HallBrowser browser) {
		Page page = browser.signedIn("sww.steward");
		page.navigate("/workbench/exchange");
		assertAccessible(page);
		page.locator("tr", new Page.LocatorOptions().setHasText("RSJ-SBZT"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("申请使用")).click();
		page.getByLabel("姓名").check();
		page.getByLabel("参保状态").check();
		page.getByLabel("使用目的").fill("外资企业员工社保核验");
		page.getByLabel("法律依据").fill("《优化营商环境条例》第三十五条");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交申请")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("等待提供部门审批");

		assertAccessible(page);

		Page provider = browser.signedIn("rsj.steward");
		provider.navigate("/workbench/exchange");
		Locator request = provider.locator(".result", new Page.LocatorOptions().setHasText("商务委员会"));
		assertThat(request).containsText("外资企业员工社保核验");
		assertAccessible(provider);
		request.locator("input[name=masked][value=name]").check();
		request.getByLabel("理由").fill("姓名脱敏即可满足核验需要");
		request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("同意授权")).click();
		assertThat(provider.getByRole(AriaRole.STATUS).first()).containsText("已授权");
		assertAccessible(provider);

		page.navigate("/workbench/exchange");
		Locator granted = page.locator("#my-grants tr", new Page.LocatorOptions().setHasText("RSJ-SBZT")).first();
		assertThat(granted).containsText("已授权");
		granted.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("在“RSJ-SBZT”中查询")).click();
		Person subject = new SyntheticPopulation(2026).person(108);
		page.getByLabel("公民身份号码").fill(subject.idNumber());
		page.getByLabel("使用目的").fill("外资企业员工社保核验：浏览器测试");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询").setExact(true)).click();
		Locator answer = page.locator("#lookup-answer");
		assertThat(answer).containsText(subject.socialSecurityStatus());
		assertThat(answer).containsText("（脱敏）");
		assertThat(answer).not().containsText(subject.name());
		assertThat(answer).containsText(subject.name().substring(0, 1) + "*");
		assertAccessible(page);
	}

	@Test
	void a_bundle_page_shows_its_stages(HallBrowser browser) {
		Page page = browser.page();
		page.navigate("/bundles/YJS-KBQY");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("开办企业一件事");
		assertThat(page.locator(".stages > li")).hasCount(2);
		assertAccessible(page);
	}

	@Test
	void the_error_page_is_friendly_and_accessible(HallBrowser browser) {
		Page page = browser.page();
		page.navigate("/no/such/page");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("页面不存在");
		assertAccessible(page);
	}
}
