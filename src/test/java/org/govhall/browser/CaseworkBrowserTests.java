package org.govhall.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.restassured.path.json.JsonPath;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.casework.Applying;
import org.govhall.casework.CaseworkTests;
import io.restassured.response.Response;
import org.govhall.support.Citizens;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * 我的办件 and 待办 in the browser: the applicant follows a case, the department's clerk accepts it with the keyboard
 * only, and the applicant sees the step; every page axe-clean in Chinese and English.
 */
@BrowserTest
class CaseworkBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_clerk_accepts_a_case_with_the_keyboard_and_the_applicant_follows_it(HallBrowser browser) {
		String item = CaseworkTests.personalItem(jdbc);
		String department = jdbc.sql("select lower(department_code) from catalog_item where implementation_code = ?")
			.param(item).query(String.class).single();
		HallClient applicant = new HallClient(port);
		applicant.signIn("13800000001", HallClient.DEMO_PASSWORD);
		applicant.get("/my");
		String number = Applying.applied(applicant, Map.of("item", item));

		Page citizen = browser.newPage("zh-CN");
		browser.signIn(citizen, "13800000001");
		citizen.navigate("/my/cases");
		assertThat(citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number))).isVisible();
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).focus();
		citizen.keyboard().press("Enter");
		assertThat(citizen.locator("#case-status")).hasText("已提交，待受理");
		assertAccessible(citizen);

		Page clerk = browser.newPage("zh-CN");
		browser.signIn(clerk, department + ".clerk");
		clerk.navigate("/workbench/tasks");
		assertAccessible(clerk);
		clerk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).focus();
		clerk.keyboard().press("Enter");
		assertThat(clerk.locator("#case-number")).hasText(number);
		assertAccessible(clerk);
		clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("签收")).focus();
		clerk.keyboard().press("Enter");
		assertThat(clerk.locator("#feedback")).containsText("已签收");
		clerk.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("受理").setExact(true)).focus();
		clerk.keyboard().press("Space");
		clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交").setExact(true)).focus();
		clerk.keyboard().press("Enter");
		assertThat(clerk.locator("#feedback")).containsText("已办理");

		citizen.navigate("/my/cases/" + number + "?lang=en");
		assertThat(citizen.locator("#case-status")).hasText("In progress");
		assertThat(citizen.locator("#timeline")).containsText("Accepted");
		assertAccessible(citizen);
	}

	@Test
	void a_citizen_applies_from_the_guide_with_the_keyboard_and_the_form_saves_as_they_type(HallBrowser browser) {
		String item = jdbc.sql("""
				select i.implementation_code from catalog_item i join catalog_item_version v on v.item_id = i.id
				where v.status = 'PUBLISHED' and v.content -> 'audiences' @> '"NATURAL_PERSON"'
				  and v.content ->> 'onlineDepth' = 'FULLY_ONLINE'
				  and v.content -> 'form' -> 'fields' @> '[{"element": "HOUSEHOLD_ADDRESS"}]'
				order by i.implementation_code limit 1""").query(String.class).single();
		Page citizen = browser.newPage("zh-CN");
		browser.signIn(citizen, "13800000001");
		citizen.navigate("/services/" + item);
		citizen.locator("#apply-online").focus();
		citizen.keyboard().press("Enter");
		assertThat(citizen.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("为本人申请"))).isChecked();
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始填写")).focus();
		citizen.keyboard().press("Enter");
		assertThat(citizen.locator("#feedback")).containsText("已为");
		assertThat(citizen.locator("#precheck-problems")).isVisible();
		assertAccessible(citizen);
		String id = citizen.url().replaceAll(".*/my/applications/([0-9a-f-]+).*", "$1");

		APIResponse read = citizen.context().request().get(browser.url("/api/v1/applications/" + id));
		List<Map<String, Object>> fields = JsonPath.from(read.text()).getList("fields");
		// the household address from the register is verified and locked
		Map<String, Object> name = fields.stream().filter(f -> Boolean.TRUE.equals(f.get("verified"))).findFirst()
			.orElseThrow();
		assertThat(citizen.locator("#field-" + name.get("key"))).not().isEditable();
		assertThat(citizen.locator("#field-" + name.get("key"))).hasValue((String) name.get("value"));
		// every other entry typed: the first one waits for its autosave, the last one for the save that holds it
		List<Map<String, Object>> open = fields.stream().filter(f -> !Boolean.TRUE.equals(f.get("verified"))).toList();
		for (int i = 0; i < open.size(); i++) {
			Map<String, Object> field = open.get(i);
			String key = (String) field.get("key");
			Locator input = citizen.locator("#field-" + key.replace('.', '-'));
			String value = Applying.valueFor(field);
			Runnable type = () -> {
				switch ((String) field.get("type")) {
					case "CHOICE", "BOOLEAN" -> input.selectOption(value);
					default -> input.fill(value);
				}
			};
			if (i == open.size() - 1) {
				String posted = "answer." + key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
				citizen.waitForResponse(r -> r.url().endsWith("/autosave") && r.request().postData().contains(posted),
						type);
			}
			else {
				type.run();
			}
			if (i == 0) {
				assertThat(citizen.locator("#autosave")).containsText("自动保存");
			}
		}
		// another device (here: the same browser again) finds what was typed
		citizen.reload();
		for (Map<String, Object> field : List.of(open.get(0), open.get(open.size() - 1))) {
			assertThat(citizen.locator("#field-" + ((String) field.get("key")).replace('.', '-')))
				.hasValue(Applying.valueFor(field));
		}

		// the materials: a file each, then the pre-check passes
		for (Map<String, Object> material : JsonPath.from(read.text()).<Map<String, Object>>getList("materials")) {
			if (Boolean.TRUE.equals(material.get("required")) && material.get("exemptBecause") == null) {
				String input = "#file-" + ((String) material.get("key")).replace('/', '-');
				citizen.locator(input).setInputFiles(new FilePayload("申请书.pdf", "application/pdf", Applying.PDF));
				citizen.locator(input).press("Tab");
				citizen.keyboard().press("Enter");
				assertThat(citizen.locator("#feedback")).containsText("材料已上传");
			}
		}
		assertThat(citizen.locator("#precheck")).not().containsText("还有");
		assertThat(citizen.locator("#precheck-passed")).isVisible();
		assertAccessible(citizen);
		citizen.locator("#submit-application").focus();
		citizen.keyboard().press("Enter");
		assertThat(citizen.locator("#feedback")).containsText("申请已提交");
		assertThat(citizen.locator("#case-status")).hasText("已提交，待受理");
		String number = citizen.locator("#case-number").textContent();
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from casework_case where application_id = ?::uuid").param(id)
			.query(Long.class).single()).isEqualTo(1);

		// the submitted application is the case now: its page leads there
		citizen.navigate("/my/applications/" + id + "?lang=en");
		assertThat(citizen.locator("#case-number")).hasText(number);
	}

	@Test
	void an_application_page_in_english_is_complete_and_accessible(HallBrowser browser) {
		String item = CaseworkTests.personalItem(jdbc);
		Page citizen = browser.newPage("en");
		browser.signIn(citizen, "13800000001");
		citizen.navigate("/my/applications/new?item=" + item + "&lang=en");
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the form")).click();
		assertThat(citizen.locator("#precheck-heading")).hasText("Pre-check");
		assertThat(citizen.locator("#precheck-problems")).containsText("still stop the submission");
		assertAccessible(citizen);
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the application")).click();
		assertThat(citizen.locator("#feedback")).hasAttribute("role", "alert");
		citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard the application")).click();
		assertThat(citizen.locator("#feedback")).containsText("deleted");
	}

	@Test
	void a_window_clerk_registers_and_submits_an_application_for_the_person_at_the_counter(HallBrowser browser) {
		Citizens.Someone someone = Citizens.unregistered(jdbc);
		Citizens.signedIn(port, jdbc, someone);
		String item = CaseworkTests.personalItem(jdbc);
		String department = jdbc.sql("select lower(department_code) from catalog_item where implementation_code = ?")
			.param(item).query(String.class).single();
		Page clerk = browser.signedIn(department + ".clerk");
		clerk.navigate("/workbench/counter");
		assertAccessible(clerk);
		clerk.getByLabel("居民身份证号码").fill(someone.idNumber());
		clerk.getByLabel("姓名").fill("张冒名");
		clerk.getByLabel("事项实施编码").fill(item);
		clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记申请")).click();
		assertThat(clerk.locator("#feedback")).containsText("姓名与该身份证号码登记的姓名不一致");
		assertThat(clerk.getByLabel("姓名")).hasAttribute("aria-invalid", "true");
		assertAccessible(clerk);
		clerk.getByLabel("居民身份证号码").fill(someone.idNumber());
		clerk.getByLabel("姓名").fill(someone.name());
		clerk.getByLabel("事项实施编码").fill(item);
		clerk.getByLabel("事项实施编码").press("Enter");
		assertThat(clerk.locator("#feedback")).containsText("已为 " + someone.name());
		assertAccessible(clerk);
		String id = clerk.url().replaceAll(".*/workbench/counter/([0-9a-f-]+).*", "$1");
		HallClient api = new HallClient(port).signedIn(department + ".clerk");
		Response application = api.get("/api/v1/applications/" + id);
		Applying.fillIn(api, application);
		Applying.uploadRequired(api, application);
		clerk.reload();
		assertThat(clerk.locator("#precheck")).not().containsText("还有");
		assertThat(clerk.locator("#precheck-passed")).isVisible();
		clerk.locator("#submit-application").focus();
		clerk.keyboard().press("Enter");
		assertThat(clerk.locator("#feedback")).containsText("已提交，办件编号");
		assertThat(clerk.locator("#counter-drafts")).hasCount(0);
	}
}
