package org.govhall.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.govhall.catalog.internal.CatalogueColumns;
import org.govhall.support.GovHallTest;
import org.govhall.support.HallClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Administrators upload catalogue files (CSV, XLSX, JSON) that import in the background with progress, and
 * export the catalogue in the same formats. A bad file ends in a report naming rows and columns, and nothing is
 * imported.
 */
@GovHallTest
class CatalogueFileImportTests {

	private static final String HEADER = String.join(",", CatalogueColumns.COLUMNS);

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void a_csv_file_is_imported_in_the_background_and_its_items_are_searchable() {
		String csv = HEADER + "\n" + row("XK97001001", "表格导入测试特种设备使用登记") + "\n"
				+ row("XK97001002", "表格导入测试气瓶充装许可") + "\n";
		Response job = finished(upload("catalogue.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(job.jsonPath().getString("state")).isEqualTo("IMPORTED");
		assertThat(job.jsonPath().getInt("report.items")).isEqualTo(2);
		assertThat(job.jsonPath().getInt("percent")).isEqualTo(100);
		assertThat(new HallClient(port).request().queryParam("q", "气瓶充装").get("/api/v1/catalog/search").jsonPath()
			.getList("items.name", String.class)).contains("表格导入测试气瓶充装许可");
	}

	@Test
	void a_gbk_file_is_refused_with_advice_and_nothing_is_imported() {
		long before = total();
		String csv = HEADER + "\n" + row("XK97002001", "编码测试事项") + "\n";
		Response job = finished(upload("catalogue.csv", csv.getBytes(Charset.forName("GBK"))));
		assertThat(job.jsonPath().getString("state")).isEqualTo("REJECTED");
		assertThat(job.jsonPath().getString("report.problems[0].message")).contains("UTF-8");
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void missing_columns_and_bad_rows_are_reported_by_row_and_column() {
		Response missing = finished(upload("catalogue.csv", "basicCode,name\nXK97003001,x\n".getBytes(StandardCharsets.UTF_8)));
		assertThat(missing.jsonPath().getString("state")).isEqualTo("REJECTED");
		assertThat(missing.jsonPath().getString("report.problems[0].message")).contains("缺少列", "handlingCode");

		long before = total();
		String csv = HEADER + "\n" + row("XK97004001", "行测试事项甲") + "\n" + row("XK97004001", "行测试事项重复") + "\n"
				+ row("XK97004002", "行测试事项乙").replace("WORKING_DAYS", "FORTNIGHTS") + "\n";
		Response rows = finished(upload("catalogue.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(rows.jsonPath().getString("state")).isEqualTo("REJECTED");
		assertThat(rows.jsonPath().getList("report.problems.entry", String.class)).contains("第 3 行", "第 4 行")
			.doesNotContain("第 2 行");
		assertThat(rows.jsonPath().getList("report.problems.field", String.class)).contains("legalLimitUnit");
		assertThat(total()).isEqualTo(before);
	}

	@Test
	void an_xlsx_workbook_is_imported_and_the_export_reads_back() throws IOException {
		List<String[]> upload = new ArrayList<>();
		upload.add(row("XK97005001", "工作簿导入测试压力管道安装许可").split(",", -1));
		Response job = finished(upload("catalogue.xlsx", workbook(upload)));
		assertThat(job.jsonPath().getString("state")).isEqualTo("IMPORTED");

		byte[] exported = admin().request().get("/api/v1/catalog/editor/export?format=xlsx").asByteArray();
		List<String> names = new ArrayList<>();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(exported))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows.get(0).getCellAsString(0)).contains("basicCode");
			rows.stream().skip(1).forEach(r -> names.add(r.getCellAsString(4).orElse("")));
		}
		assertThat(names).hasSize((int) total()).contains("工作簿导入测试压力管道安装许可", "有限责任公司设立登记");
	}

	@Test
	void the_json_export_is_the_import_format_with_bundles() {
		Response export = admin().get("/api/v1/catalog/editor/export?format=json");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.header("Content-Disposition")).contains("govhall-catalogue.json");
		assertThat(export.jsonPath().getList("items.basicCode", String.class)).hasSize((int) total());
		assertThat(export.jsonPath().getList("bundles.code", String.class)).contains("YJS-KBQY");
		assertThat(export.jsonPath().getList("bundles.find { it.code == 'YJS-KBQY' }.stages[0]", String.class))
			.containsExactly("XK00101001");
		String csv = admin().get("/api/v1/catalog/editor/export?format=csv").asString();
		assertThat(csv).startsWith("\uFEFFbasicCode,handlingCode");
	}

	@Test
	void oversized_unsupported_and_unauthorised_uploads_are_refused() {
		Response big = admin().request().multiPart("file", "big.csv", new byte[11 * 1024 * 1024], "text/csv")
			.post("/api/v1/catalog/editor/imports");
		assertThat(big.statusCode()).isEqualTo(413);
		Response text = admin().request().multiPart("file", "catalogue.txt", "x".getBytes(), "text/plain")
			.post("/api/v1/catalog/editor/imports");
		assertThat(text.statusCode()).isEqualTo(415);
		assertThat(text.jsonPath().getString("detail")).contains(".xlsx");
		Response steward = new HallClient(port).signedIn("scjg.steward").request()
			.multiPart("file", "catalogue.csv", HEADER.getBytes(), "text/csv").post("/api/v1/catalog/editor/imports");
		assertThat(steward.statusCode()).isEqualTo(403);
	}

	@Test
	void an_import_cut_off_by_a_stopped_node_ends_as_failed_instead_of_running_for_ever() {
		java.util.UUID stale = java.util.UUID.randomUUID();
		jdbc.sql("""
				insert into catalog_import_job (id, file_name, format, state, created_by, created_at, updated_at)
				values (?, 'big.xlsx', 'XLSX', 'RUNNING', 'sjj.admin', now() - interval '1 hour', now() - interval '1 hour')""")
			.param(stale).update();
		Response job = admin().get("/api/v1/catalog/editor/imports/" + stale);
		assertThat(job.jsonPath().getString("state")).isEqualTo("FAILED");
		assertThat(job.jsonPath().getBoolean("finished")).isTrue();
		assertThat(job.jsonPath().getString("report.problems[0].message")).contains("Interrupted");
	}

	private Response upload(String name, byte[] bytes) {
		Response accepted = admin().request().multiPart("file", name, bytes, "application/octet-stream")
			.post("/api/v1/catalog/editor/imports");
		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(accepted.header("Location")).contains("/api/v1/catalog/editor/imports/");
		return accepted;
	}

	private Response finished(Response accepted) {
		String location = accepted.header("Location");
		HallClient admin = admin();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> admin.get(location).jsonPath().getBoolean("finished"));
		return admin.get(location);
	}

	private HallClient admin() {
		return new HallClient(port).signedIn("sjj.admin");
	}

	private long total() {
		return new HallClient(port).get("/api/v1/catalog/items?size=1").jsonPath().getLong("total");
	}

	private static String row(String basicCode, String name) {
		return String.join(",", basicCode, "00", "SCJG", "310000", name, "ADMINISTRATIVE_LICENSING", "MUNICIPAL",
				"LEGAL_PERSON", "PROMISED", "20", "WORKING_DAYS", "", "5", "WORKING_DAYS", "", "0", "FULLY_ONLINE", "false",
				"", "", "准营准办", "特种设备", "特种设备;压力容器", "12", "");
	}

	private static byte[] workbook(List<String[]> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook book = new Workbook(out, "test", "1.0");
		Worksheet sheet = book.newWorksheet("catalogue");
		for (int c = 0; c < CatalogueColumns.COLUMNS.size(); c++) {
			sheet.value(0, c, CatalogueColumns.COLUMNS.get(c));
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).length; c++) {
				sheet.value(r + 1, c, rows.get(r)[c]);
			}
		}
		book.finish();
		return out.toByteArray();
	}
}
