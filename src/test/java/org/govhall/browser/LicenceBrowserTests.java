package org.govhall.browser;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.casework.Applying;
import org.govhall.support.CaseHandling;
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
		CaseHandling.approve(port, number, "ghzy");
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
}
