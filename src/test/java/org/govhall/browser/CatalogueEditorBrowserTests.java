package org.govhall.browser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.govhall.browser.Accessibility.assertAccessible;

/**
 * A data steward edits a guide and an application form in the structured editor with the keyboard alone: rows
 * added and moved by buttons that show the page again (no script), the focus kept where the row went, mistakes
 * named at their rows, the form previewed as the applicant will see it. Every state checked with axe-core.
 */
@BrowserTest
class CatalogueEditorBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void a_steward_adds_a_field_moves_it_up_previews_and_saves_with_the_keyboard(HallBrowser browser) {
		String code = draftWithOneField("XK99102005", "浏览器结构化编辑测试事项");
		Page page = browser.signedIn("scjg.steward");
		page.navigate("/workbench/catalogue/items/" + code + "/edit");
		assertThat(byId(page, "form.fields[0].element")).hasValue("COMPANY_NAME");
		assertAccessible(page);

		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("添加字段")));
		assertThat(page.locator("#feedback")).containsText("申请表字段：已添加第 2 行，尚未保存。");
		assertThat(byId(page, "form.fields[1].name")).isFocused();

		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")));
		Locator problems = page.locator("#problems");
		assertThat(problems).isFocused();
		assertThat(problems).containsText("申请表字段第 2 行 · 字段键名");
		assertThat(byId(page, "form.fields[1].name")).hasAttribute("aria-invalid", "true");
		assertThat(byId(page, "form.fields[1].name"))
			.hasAttribute("aria-describedby", "form.fields[1].name-hint form.fields[1].name-error");
		assertAccessible(page);

		press(problems.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("字段键名"))).first());
		assertThat(byId(page, "form.fields[1].name")).isFocused();
		page.keyboard().type("openingDay");
		page.keyboard().press("Tab");
		assertThat(byId(page, "form.fields[1].element")).isFocused();
		page.keyboard().press("Tab");
		page.keyboard().type("开业日期");
		page.keyboard().press("Tab");
		assertThat(byId(page, "form.fields[1].type")).isFocused();
		for (int i = 0; i < 4; i++) {
			page.keyboard().press("ArrowDown");
		}
		assertThat(byId(page, "form.fields[1].type")).hasValue("DATE");

		Locator moveUp = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上移 申请表字段第 2 行"));
		press(moveUp);
		assertThat(page.locator("#feedback")).containsText("申请表字段：已上移至第 1 行，尚未保存。");
		assertThat(byId(page, "down-form.fields[0]")).isFocused();
		assertThat(byId(page, "form.fields[0].name")).hasValue("openingDay");
		assertThat(byId(page, "form.fields[1].name")).hasValue("companyName");
		assertAccessible(page);

		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("预览申请表")));
		Locator preview = page.locator("section.form-preview");
		assertThat(page.locator("#preview")).isFocused();
		assertThat(preview.getByLabel("开业日期")).hasAttribute("type", "date");
		assertThat(preview.getByLabel("企业名称（必填）")).hasAttribute("maxlength", "100");
		assertThat(preview.locator("label")).hasText(new String[] { "开业日期", "企业名称（必填）" });
		assertAccessible(page);

		press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存草稿")));
		page.waitForURL(Pattern.compile(".*/edit$").asPredicate());
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("已保存草稿");
		assertThat(byId(page, "form.fields[0].name")).hasValue("openingDay");
		assertThat(byId(page, "form.fields[0].type")).hasValue("DATE");
		assertThat(byId(page, "form.fields[1].name")).hasValue("companyName");
		assertAccessible(page);
	}

	@Test
	void a_complete_guide_in_the_editor_has_no_violation_in_either_language(HallBrowser browser) {
		String code = new HallClient(port).request().queryParam("q", "设立有限责任公司").get("/api/v1/catalog/search")
			.jsonPath().getString("items[0].implementationCode");
		Page page = browser.signedIn("scjg.steward");
		page.navigate("/workbench/catalogue/items/" + code + "/edit");
		assertThat(page.locator("[id='guide.materials[0]']")).isVisible();
		assertThat(page.locator("section.form-preview")).containsText("公司类型");
		assertAccessible(page);
		page.navigate(page.url() + "?lang=en");
		assertThat(page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Move down Required materials, row 1"))).isVisible();
		assertAccessible(page);
	}

	/** Focuses a control and presses Enter on it, as a keyboard user does. */
	private static void press(Locator control) {
		control.focus();
		control.page().keyboard().press("Enter");
	}

	private static Locator byId(Page page, String id) {
		return page.locator("[id='" + id + "']");
	}

	private String draftWithOneField(String basicCode, String name) {
		Map<String, Object> content = new HashMap<>(Map.of("name", name, "type", "ADMINISTRATIVE_LICENSING",
				"level", "MUNICIPAL", "audiences", List.of("LEGAL_PERSON"), "caseType", "PROMISED", "legalLimit",
				Map.of("value", 20, "unit", "WORKING_DAYS", "note", ""), "promisedLimit",
				Map.of("value", 5, "unit", "WORKING_DAYS", "note", ""), "visits", 0, "onlineDepth", "FULLY_ONLINE"));
		content.putAll(Map.of("fee", Map.of("charged", false, "standard", "", "basis", ""), "lifeEvents",
				List.of("准营准办"), "form", Map.of("fields",
						List.of(Map.of("name", "companyName", "element", "COMPANY_NAME", "required", true)))));
		return new HallClient(port).signedIn("scjg.steward")
			.postJson("/api/v1/catalog/editor/items", Map.of("basicCode", basicCode, "handlingCode", "00",
					"departmentCode", "SCJG", "divisionCode", "310000", "content", content))
			.jsonPath().getString("implementationCode");
	}
}
