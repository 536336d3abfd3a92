package org.govhall.portal;

import io.restassured.response.Response;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages and friendly error pages, in Chinese first and English on request. */
@GovHallTest
class PortalPagesTests {

	@LocalServerPort
	int port;

	@Test
	void the_home_page_is_public_and_chinese_by_default() {
		Response home = new HallClient(port).get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body().asString()).contains("lang=\"zh-CN\"", "网上办事，一网通办", "个人办事", "法人办事");
	}

	@Test
	void the_language_switch_is_remembered() {
		HallClient visitor = new HallClient(port);
		assertThat(visitor.get("/?lang=en").body().asString()).contains("lang=\"en\"", "Government services online");
		assertThat(visitor.get("/").body().asString()).contains("For citizens");
	}

	@Test
	void an_unknown_page_gets_a_friendly_404_page() {
		Response page = new HallClient(port).request().accept("text/html").get("/no/such/page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body().asString()).contains("页面不存在", "返回首页");
	}

	@Test
	void staff_pages_send_strangers_to_the_sign_in_page() {
		Response response = new HallClient(port).get("/workbench");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
	}

	@Test
	void a_clerk_may_not_open_the_audit_trail() {
		HallClient clerk = new HallClient(port).signedIn("scjg.clerk");
		Response page = clerk.request().accept("text/html").get("/admin/audit");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body().asString()).contains("无权访问");
	}

	@Test
	void the_deadline_calculator_counts_over_the_national_day_holiday() {
		Response page = new HallClient(port).get("/tools/deadline?received=2026-09-30&days=5");
		assertThat(page.statusCode()).isEqualTo(200);
		// 10-01..10-07 are off and Saturday 10-10 is a make-up working day: 10-08, 10-09, 10-10, 10-12, 10-13
		assertThat(page.body().asString()).contains("2026年10月13日");
	}

	@Test
	void the_deadline_calculator_explains_bad_input_next_to_the_field() {
		Response page = new HallClient(port, "en").get("/tools/deadline?received=not-a-date&days=0");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body().asString()).contains("Enter a valid date (year-month-day).", "Must be at least 1.",
				"aria-invalid=\"true\"");
	}

	@Test
	void an_administrator_searches_and_verifies_the_audit_trail_on_its_page() {
		HallClient admin = new HallClient(port).signedIn("sjj.admin");
		Response search = admin.get("/admin/audit?action=staff.signedIn");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body().asString()).contains("staff.signedIn", "sjj.admin");
		Response verify = admin.request().contentType("application/x-www-form-urlencoded")
			.post("/admin/audit/verification");
		assertThat(verify.statusCode()).isEqualTo(200);
		assertThat(verify.body().asString()).contains("日志链完整", "数据交换访问日志：已核验", "封存块与审计链一致");
	}
}
