package org.govhall.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.govhall.catalog.Catalogue;
import org.govhall.catalog.ItemFilter;
import org.govhall.catalog.internal.CatalogueImport;
import org.govhall.catalog.internal.CatalogueIndex;
import org.govhall.catalog.internal.ImportReport;
import org.govhall.catalog.internal.demo.SyntheticCatalogue;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese search over 10,000+ items: the p99 of the public search API over HTTP against the p99 of the bare
 * Lucene query (analysis, query, top 20) on the same index and the same queries, in the same run. Target
 * (docs/performance.md): HTTP p99 ≤ 5 × raw p99. Run with {@code mvn -Pbench verify}; never part of the test run.
 */
@GovHallTest
@Tag("benchmark")
class CatalogueSearchBenchmark {

	private static final int ITEMS = 10_000;

	private static final int ROUNDS = 20;

	private static final int WARM_UP_ROUNDS = 10;

	private static final List<String> QUERIES = List.of("食品经营许可", "开公司", "设立有限责任公司", "身份证", "执照", "养老机构备案",
			"道路货物运输许可证延续", "药品零售", "医疗机构执业登记", "公积金提取", "社保卡", "结婚登记", "出生", "燃气经营许可证变更",
			"排污许可", "旅行社", "民办学校审批", "特种设备使用登记", "建筑施工许可", "危险化学品经营许可证补办", "劳务派遣",
			"网吧", "酒类经营备案", "律师事务所变更登记", "基金会注销登记", "户外广告设施设置审批", "夜间施工", "林木采伐许可",
			"动物诊疗许可", "典当行", "成品油零售许可", "报关单位备案", "慈善组织登记", "殡葬服务机构", "托育机构备案", "放射诊疗许可",
			"公共场所卫生许可", "生活饮用水", "测绘资质", "物业服务", "商品房预售许可", "工程监理企业资质", "农药经营许可", "种子生产经营",
			"渔业捕捞许可", "电影放映", "印刷经营许可", "出版物零售", "化妆品生产许可", "网约车");

	@LocalServerPort
	int port;

	@Autowired
	Catalogue catalogue;

	@Autowired
	CatalogueImport importer;

	@Autowired
	CatalogueIndex index;

	@Test
	void search_over_http_against_raw_lucene() throws Exception {
		long total = catalogue.list(ItemFilter.none(), 0, 1).total();
		if (total < ITEMS) {
			ImportReport report = importer.importFile(SyntheticCatalogue.generate(ITEMS, 42), "benchmark",
					Locale.ENGLISH);
			assertThat(report.problems()).isEmpty();
			total = catalogue.list(ItemFilter.none(), 0, 1).total();
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long matched = 0;
		for (int warm = 0; warm < WARM_UP_ROUNDS; warm++) {
			for (String q : QUERIES) {
				matched += index.rawSearch(q, 20);
				assertThat(get(http, q).statusCode()).isEqualTo(200);
			}
		}
		assertThat(matched).isPositive();

		List<Long> raw = new ArrayList<>();
		List<Long> service = new ArrayList<>();
		List<Long> overHttp = new ArrayList<>();
		List<Long> trivial = new ArrayList<>();
		// interleaved, query by query, so that all three meet the same machine noise
		for (int round = 0; round < ROUNDS; round++) {
			for (String q : QUERIES) {
				long start = System.nanoTime();
				index.rawSearch(q, 20);
				raw.add(System.nanoTime() - start);
				start = System.nanoTime();
				catalogue.search(q, ItemFilter.none(), 0, 20);
				service.add(System.nanoTime() - start);
				start = System.nanoTime();
				get(http, q);
				overHttp.add(System.nanoTime() - start);
				start = System.nanoTime();
				http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ "/api/v1/reference/working-days/2026-10-10")).GET().build(), HttpResponse.BodyHandlers.ofString());
				trivial.add(System.nanoTime() - start);
			}
		}
		Wrk wrk = wrk();
		double rawP50 = percentile(raw, 50);
		double rawP99 = percentile(raw, 99);
		double httpP50 = percentile(overHttp, 50);
		double httpP99 = percentile(overHttp, 99);
		String report = String.format(Locale.ROOT, """
				catalogue search benchmark: %d published items, %d queries x %d rounds
				raw Lucene (analyse + query + top 20): p50 %.3f ms, p99 %.3f ms
				in-process Catalogue.search (+ stored summaries): p50 %.3f ms, p99 %.3f ms
				HTTP /api/v1/catalog/search (size 20): p50 %.3f ms, p99 %.3f ms
				HTTP trivial GET of the same stack (a calendar day): p50 %.3f ms, p99 %.3f ms
				HTTP from a second process (wrk, 1 connection, %s): %s
				ratio HTTP p99 / raw p99, client in the same JVM: %.2f
				ratio HTTP p99 / raw p99, client in a second process: %s (target <= 5)
				""", total, QUERIES.size(), ROUNDS, rawP50, rawP99, percentile(service, 50), percentile(service, 99), httpP50,
				httpP99, percentile(trivial, 50), percentile(trivial, 99), wrk.description(), wrk.summary(),
				httpP99 / rawP99, wrk.p99() > 0 ? String.format(Locale.ROOT, "%.2f", wrk.p99() / rawP99) : "not measured");
		System.out.println(report);
		Path out = Path.of("target/benchmarks/catalogue-search.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/** What wrk measured; zeros when wrk is not installed (Debian package {@code wrk}). */
	record Wrk(String description, double p50, double p99, long requests) {

		String summary() {
			return requests == 0 ? "wrk not installed"
					: String.format(Locale.ROOT, "p50 %.3f ms, p99 %.3f ms over %d requests", p50, p99, requests);
		}
	}

	/** Drives the same queries from a second process with wrk: 10 s to warm up, 15 s measured. */
	private Wrk wrk() throws IOException, InterruptedException {
		Path script = Path.of("target/benchmarks/queries.lua").toAbsolutePath();
		Files.createDirectories(script.getParent());
		StringBuilder lua = new StringBuilder("local queries = {");
		for (String q : QUERIES) {
			lua.append('"').append(q).append("\",");
		}
		lua.append("""
				}
				local i = 0
				request = function()
				  i = i + 1
				  local q = queries[(i % #queries) + 1]
				  local encoded = q:gsub("([^%w])", function(c) return string.format("%%%02X", string.byte(c)) end)
				  return wrk.format("GET", "/api/v1/catalog/search?size=20&q=" .. encoded)
				end
				""");
		Files.writeString(script, lua.toString());
		String url = "http://localhost:" + port;
		try {
			run("wrk", "-t1", "-c1", "-d10s", "-s", script.toString(), url);
		}
		catch (IOException notInstalled) {
			return new Wrk("not run", 0, 0, 0);
		}
		String out = run("wrk", "-t1", "-c1", "-d15s", "--latency", "-s", script.toString(), url);
		return new Wrk("15 s", latency(out, "50%"), latency(out, "99%"),
				Long.parseLong(out.replaceAll("(?s).*?(\\d+) requests in.*", "$1")));
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(out).isZero();
		return out;
	}

	/** A latency line of wrk's distribution, e.g. "99%    4.88ms", in milliseconds. */
	private static double latency(String out, String percentile) {
		for (String line : out.split("\n")) {
			String[] parts = line.strip().split("\\s+");
			if (parts.length == 2 && parts[0].equals(percentile)) {
				String value = parts[1];
				if (value.endsWith("us")) {
					return Double.parseDouble(value.replace("us", "")) / 1000;
				}
				if (value.endsWith("ms")) {
					return Double.parseDouble(value.replace("ms", ""));
				}
				if (value.endsWith("s")) {
					return Double.parseDouble(value.replace("s", "")) * 1000;
				}
			}
		}
		throw new IllegalStateException("no " + percentile + " latency in wrk's output: " + out);
	}

	private HttpResponse<String> get(HttpClient http, String q) throws IOException, InterruptedException {
		URI uri = URI.create("http://localhost:" + port + "/api/v1/catalog/search?size=20&q="
				+ URLEncoder.encode(q, StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static double percentile(List<Long> nanos, int percentile) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000_000.0;
	}

}
