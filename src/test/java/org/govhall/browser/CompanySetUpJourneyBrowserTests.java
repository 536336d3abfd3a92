package org.govhall.browser;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.restassured.path.json.JsonPath;
import org.govhall.casework.Applying;
import org.govhall.casework.Handling;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * 开办企业 from start to decision in the browser, keyboard only: the company's agent applies with the register's data
 * prefilled, the market regulator and the tax office approve on their task pages, social insurance asks for one
 * correction, the agent corrects, the rest approve, and the agent downloads the decision letter; axe-clean pages.
 */
@BrowserTest
class CompanySetUpJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_agent_sets_up_a_company_two_departments_approve_one_asks_a_correction_and_the_decision_is_downloaded(
			HallBrowser browser) throws Exception {
		Page agent = browser.newPage("zh-CN");
		browser.signIn(agent, "13800000002");
		agent.navigate("/bundles/YJS-KBQY");
		agent.locator("#apply-online").focus();
		agent.keyboard().press("Enter");
		agent.locator("#for-company-0").focus();
		agent.keyboard().press("Space");
		assertAccessible(agent);
		agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填写")).focus();
		agent.keyboard().press("Enter");
		assertThat(agent.locator("#feedback")).containsText("已为");
		String id = agent.url().replaceAll(".*/my/applications/([0-9a-f-]+).*", "$1");
		String json = agent.context().request().get(browser.url("/api/v1/applications/" + id)).text();
		List<Map<String, Object>> fields = JsonPath.from(json).getList("fields");
		org.assertj.core.api.Assertions.assertThat(fields).as("prefilled from the register")
			.anyMatch(f -> Boolean.TRUE.equals(f.get("verified")));
		for (Map<String, Object> field : fields) {
			if (Boolean.TRUE.equals(field.get("verified"))) {
				continue;
			}
			Locator input = agent.locator("#field-" + ((String) field.get("key")).replace('.', '-'));
			String value = Applying.valueFor(field);
			switch ((String) field.get("type")) {
				case "CHOICE", "BOOLEAN" -> input.selectOption(value);
				default -> input.fill(value);
			}
		}
		agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")).first().focus();
		agent.keyboard().press("Enter");
		for (Map<String, Object> material : JsonPath.from(json).<Map<String, Object>>getList("materials")) {
			if (Boolean.TRUE.equals(material.get("required")) && material.get("exemptBecause") == null) {
				String input = "#file-" + ((String) material.get("key")).replace('/', '-');
				agent.locator(input).setInputFiles(new FilePayload("材料.pdf", "application/pdf", Applying.PDF));
				agent.locator(input).press("Tab");
				agent.keyboard().press("Enter");
				assertThat(agent.locator("#feedback")).containsText("材料已上传");
			}
		}
		assertThat(agent.locator("#precheck-passed")).isVisible();
		assertAccessible(agent);
		agent.locator("#submit-application").focus();
		agent.keyboard().press("Enter");
		assertThat(agent.locator("#feedback")).containsText("申请已提交");
		String number = agent.locator("#case-number").textContent().strip();

		handleOnPage(browser, number, "scjg", "intake", null);
		handleOnPage(browser, number, "scjg", "review", null);
		handleOnPage(browser, number, "scjg", "decision", null);

		List<String> second = jdbc.sql("""
				select lower(department) from casework_branch where case_number = ? and stage = 2 order by department""")
			.param(number).query(String.class).list();
		org.assertj.core.api.Assertions.assertThat(second).contains("swj", "rsj");
		String rsjField = fields.stream().filter(f -> !Boolean.TRUE.equals(f.get("verified")))
			.filter(f -> ((List<?>) f.get("items")).stream().anyMatch(i -> String.valueOf(i).contains("GG00401001")))
			.map(f -> (String) f.get("key")).findFirst().orElseThrow();
		handleOnPage(browser, number, "rsj", "intake", rsjField);
		handleOnPage(browser, number, "swj", "intake", null);
		handleOnPage(browser, number, "swj", "review", null);
		handleOnPage(browser, number, "swj", "decision", null);
		for (String department : second) {
			if (!department.equals("swj") && !department.equals("rsj")) {
				Handling.handle(port, number, department, true);
			}
		}

		agent.navigate("/my/cases/" + number);
		assertThat(agent.locator("#case-status")).containsText("补正");
		agent.locator("#go-correct").focus();
		agent.keyboard().press("Enter");
		assertThat(agent.locator("#corrections")).isVisible();
		assertAccessible(agent);
		Locator corrected = agent.locator("#field-" + rsjField.replace('.', '-'));
		Map<String, Object> asked = fields.stream().filter(f -> rsjField.equals(f.get("key"))).findFirst().orElseThrow();
		if ("CHOICE".equals(asked.get("type")) || "BOOLEAN".equals(asked.get("type"))) {
			corrected.selectOption(Applying.valueFor(asked));
		}
		else {
			corrected.fill(Applying.valueFor(asked));
		}
		agent.locator("#submit-corrections").focus();
		agent.keyboard().press("Enter");
		assertThat(agent.locator("#feedback")).isVisible();

		handleOnPage(browser, number, "rsj", "intake", null);
		handleOnPage(browser, number, "rsj", "review", null);
		handleOnPage(browser, number, "rsj", "decision", null);

		agent.navigate("/my/cases/" + number);
		assertThat(agent.locator("#case-status")).hasText("已办结（准予）");
		assertAccessible(agent);
		agent.locator("#decision-letter").focus();
		Download letter = agent.waitForDownload(() -> agent.keyboard().press("Enter"));
		byte[] pdf = Files.readAllBytes(letter.path());
		org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

	/** A department's step on its task page, with the keyboard: claim, then the step (a correction when asked). */
	private void handleOnPage(HallBrowser browser, String number, String department, String step, String correction) {
		String user = department + (switch (step) {
			case "intake" -> ".clerk";
			case "review" -> ".reviewer";
			default -> ".head";
		});
		Page staff = browser.newPage("zh-CN");
		browser.signIn(staff, user);
		staff.navigate("/workbench/tasks/"
				+ Handling.taskOf(new org.govhall.support.HallClient(port).signedIn(user), number, step));
		assertThat(staff.locator("#case-number")).hasText(number);
		assertAccessible(staff);
		Locator claim = staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签收"));
		if (claim.count() > 0) {
			claim.focus();
			staff.keyboard().press("Enter");
			assertThat(staff.locator("#feedback")).containsText("已签收");
		}
		if (correction != null) {
			staff.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("一次性告知补正")).focus();
			staff.keyboard().press("Space");
			staff.getByLabel("需补正的字段或材料").focus();
			staff.keyboard().insertText(correction);
			staff.getByLabel("补正原因").focus();
			staff.keyboard().insertText("请核对后重新填写");
		}
		staff.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).focus();
		staff.keyboard().press("Enter");
		assertThat(staff.locator("#feedback")).isVisible();
		org.assertj.core.api.Assertions.assertThat(staff.locator("#feedback").getAttribute("role"))
			.as(staff.locator("#feedback").textContent()).isEqualTo("status");
		staff.close();
	}
}
