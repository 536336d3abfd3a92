package org.govhall.browser;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.casework.Applying;
import org.govhall.casework.Handling;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * A company's licence in the browser: issued from its approved case, found and downloaded by the company's agent
 * with the keyboard only, verified on the public page, revoked by the issuing department's head, then shown as
 * revoked to verifier and agent; every page axe-clean.
 */
@BrowserTest
class LicenceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_agent_downloads_the_companys_licence_a_verifier_checks_it_and_after_revocation_sees_it_revoked(
			HallBrowser browser) throws Exception {
		HallClient agent = new HallClient(port);
		agent.signIn("13800000002", HallClient.DEMO_PASSWORD);
		agent.get("/my");
		String creditCode = agent.get("/api/v1/identity/me/companies").jsonPath().getString("[0].creditCode");
		String item = jdbc.sql("""
				select i.implementation_code from catalog_item i join catalog_item_version v on v.item_id = i.id
				where v.status = 'PUBLISHED' and v.content -> 'guide' -> 'result' ->> 'licenceType' = '11100000MB0000027F002'
				order by i.implementation_code limit 1""").query(String.class).single();
		String number = Applying.applied(agent, Map.of("item", item, "actingFor", creditCode));
		Handling.handle(port, number, "ghzy", true);
		String identifier = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select identifier from licence where case_number = ?").param(number).query(String.class).optional()
			.orElse(null), i -> i != null);

		Page page = browser.newPage("zh-CN");
		browser.signIn(page, "13800000002");
		page.navigate("/my");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我的证照")).focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("h1")).hasText("我的证照");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("建设工程规划许可证")).first().focus();
		page.keyboard().press("Enter");
		assertThat(page.locator("#licence-identifier")).hasText(identifier);
		assertThat(page.locator("#licence-status")).hasText("有效");
		assertAccessible(page);
		page.locator("#download-pdf").focus();
		Download pdf = page.waitForDownload(() -> page.keyboard().press("Enter"));
		byte[] bytes = Files.readAllBytes(pdf.path());
		org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");

		Page verifier = browser.newPage("zh-CN");
		verifier.navigate("/licences/verify");
		assertAccessible(verifier);
		verifier.getByLabel("凭证、二维码内容或电子证照标识").focus();
		verifier.keyboard().insertText(identifier);
		verifier.keyboard().press("Tab");
		verifier.keyboard().press("Enter");
		assertThat(verifier.locator("#verification-outcome")).hasText("有效");
		assertAccessible(verifier);

		Page head = browser.newPage("zh-CN");
		browser.signIn(head, "ghzy.head");
		head.navigate("/workbench/licences?holder=" + creditCode);
		assertAccessible(head);
		head.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("建设工程规划许可证")).first().focus();
		head.keyboard().press("Enter");
		assertThat(head.locator("#licence-identifier")).hasText(identifier);
		assertAccessible(head);
		head.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("注销（不可恢复）")).focus();
		head.keyboard().press("Space");
		head.getByLabel("理由").focus();
		head.keyboard().insertText("建设单位申请注销");
		head.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认变更")).focus();
		head.keyboard().press("Enter");
		assertThat(head.locator("#feedback")).containsText("已注销");
		assertThat(head.locator("#licence-status")).hasText("已注销");

		verifier.navigate("/licences/verify?id=" + identifier);
		assertThat(verifier.locator("#verification-outcome")).hasText("已注销");
		page.navigate("/my/licences?lang=en");
		assertThat(page.locator("#licences")).containsText("Revoked");
		assertAccessible(page);
		List<String> uses = jdbc.sql("select kind from licence_use u join licence l on l.id = u.licence_id where l.identifier = ?")
			.param(identifier).query(String.class).list();
		org.assertj.core.api.Assertions.assertThat(uses).contains("DOWNLOADED", "VERIFIED", "READ");
	}

	@Test
	void a_reviewer_issues_a_licence_by_hand_and_an_administrator_defines_a_type_with_the_keyboard(
			HallBrowser browser) {
		Page reviewer = browser.newPage("zh-CN");
		browser.signIn(reviewer, "scjg.reviewer");
		reviewer.navigate("/workbench/licences/new?type=11100000MB0000000P002");
		assertAccessible(reviewer);
		reviewer.getByLabel("持证主体", new Page.GetByLabelOptions().setExact(true)).fill("上海手工签发餐饮有限公司");
		reviewer.getByLabel("统一社会信用代码").fill(org.govhall.shared.identifiers.CreditCodes.generate('9', '1', "310000", "MA1FL0A9"));
		reviewer.getByLabel("法定代表人（负责人）").fill("王五");
		reviewer.getByLabel("经营场所").fill("上海市静安区南京西路1号");
		reviewer.getByLabel("经营项目").fill("热食类食品制售");
		reviewer.getByLabel("食品安全管理员").fill("赵六");
		reviewer.getByLabel("签发理由").fill("存量纸质许可证转为电子证照");
		reviewer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签发")).focus();
		reviewer.keyboard().press("Enter");
		assertThat(reviewer.locator("#feedback")).containsText("已签发食品经营许可证");
		assertThat(reviewer.locator("#licence-status")).hasText("有效");
		assertAccessible(reviewer);

		Page admin = browser.newPage("zh-CN");
		browser.signIn(admin, "sjj.admin");
		admin.navigate("/admin/licence-types");
		assertThat(admin.locator("#types")).containsText("营业执照");
		assertAccessible(admin);
		admin.getByLabel("证照类型代码").fill("11100000MB0000000P009");
		admin.getByLabel("证照名称（中文）").fill("药品经营许可证");
		admin.getByLabel("证照名称（英文）").fill("Drug trading licence");
		admin.getByLabel("定义机构").fill("国家药品监督管理局");
		admin.getByLabel("证照字段").fill("premises|经营场所|Premises\nscope|经营范围|Scope");
		admin.getByLabel("可证明的材料").fill("药品经营许可证");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("定义证照类型")).focus();
		admin.keyboard().press("Enter");
		assertThat(admin.locator("#feedback")).containsText("已定义证照类型“药品经营许可证”");
		assertThat(admin.locator("#types")).containsText("11100000MB0000000P009");
		admin.getByLabel("证照类型代码").fill("1110000");
		admin.getByLabel("证照名称（中文）").fill("不合格的类型");
		admin.getByLabel("证照名称（英文）").fill("Bad type");
		admin.getByLabel("定义机构").fill("某机构");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("定义证照类型")).focus();
		admin.keyboard().press("Enter");
		assertThat(admin.locator("#feedback")).containsText("请检查");
		assertAccessible(admin);
	}
}
