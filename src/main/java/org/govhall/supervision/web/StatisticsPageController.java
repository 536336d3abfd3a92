package org.govhall.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.govhall.catalog.CatalogueCompleteness;
import org.govhall.catalog.CatalogueQuality;
import org.govhall.exchange.GrantResponse;
import org.govhall.exchange.GrantResponseTimes;
import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.identifiers.Division;
import org.govhall.shared.identifiers.DivisionCodes;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;
import org.govhall.supervision.EfficiencyFigure;
import org.govhall.supervision.EfficiencyStatistics;
import org.govhall.supervision.Grouping;
import org.govhall.supervision.StatisticsQuery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public statistics page (/statistics): volumes, on-time rates and processing times per department, item,
 * district, month or week over a period, as charts (Apache ECharts) each with the same figures as a table beside
 * it, with filters and a CSV download. No personal data.
 */
@Controller
class StatisticsPageController {

	private final EfficiencyStatistics statistics;

	private final OrganisationDirectory directory;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final PageFeedback feedback;

	private final CatalogueQuality quality;

	private final GrantResponseTimes responseTimes;

	StatisticsPageController(EfficiencyStatistics statistics, OrganisationDirectory directory,
			MessageSource messages, JsonMapper json, Clock clock, PageFeedback feedback, CatalogueQuality quality,
			GrantResponseTimes responseTimes) {
		this.quality = quality;
		this.responseTimes = responseTimes;
		this.feedback = feedback;
		this.statistics = statistics;
		this.directory = directory;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/statistics")
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "DEPARTMENT") Grouping by, @RequestParam(required = false) String department,
			@RequestParam(required = false) String item, @RequestParam(required = false) String division,
			Model model, Locale locale) {
		LocalDate end = to == null ? LocalDate.now(clock) : to;
		LocalDate start = from == null ? end.minusMonths(6).withDayOfMonth(1) : from;
		StatisticsQuery query = new StatisticsQuery(start, end, by == Grouping.TOTAL ? Grouping.DEPARTMENT : by,
				StatisticsApiController.blank(department), StatisticsApiController.blank(item),
				StatisticsApiController.blank(division));
		Map<String, String> departments = new LinkedHashMap<>();
		for (DepartmentSummary d : directory.departments()) {
			departments.put(d.code().toUpperCase(Locale.ROOT), d.name(locale));
		}
		Map<String, String> items = statistics.itemNames();
		Function<String, String> label = switch (query.by()) {
			case DEPARTMENT -> k -> departments.getOrDefault(k, k);
			case ITEM -> k -> items.getOrDefault(k, k);
			case DISTRICT -> k -> DivisionCodes.standard().find(k).map(Division::name).orElse(k);
			default -> k -> k;
		};
		List<EfficiencyFigure> figures;
		List<EfficiencyFigure> trend;
		try {
			figures = statistics.figures(query);
			trend = statistics.figures(new StatisticsQuery(start, end, Grouping.MONTH, query.department(),
					query.item(), query.division()));
		}
		catch (ProblemException refused) {
			model.addAttribute("feedback", feedback.refusal(refused));
			figures = List.of();
			trend = List.of();
		}
		Map<String, String> labels = new LinkedHashMap<>();
		figures.forEach(f -> labels.put(f.key(), label.apply(f.key())));
		model.addAttribute("query", query);
		model.addAttribute("groupings", List.of(Grouping.DEPARTMENT, Grouping.ITEM, Grouping.DISTRICT, Grouping.MONTH,
				Grouping.WEEK));
		model.addAttribute("departments", departments);
		model.addAttribute("figures", figures);
		model.addAttribute("labels", labels);
		model.addAttribute("trend", trend);
		model.addAttribute("total", figures.isEmpty() ? null : statistics.total(query));
		model.addAttribute("volumeChart", chart(figures, labels, locale, "bar", "volume"));
		model.addAttribute("onTimeChart", chart(figures, labels, locale, "bar", "onTime"));
		model.addAttribute("trendChart", chart(trend, null, locale, "line", "trend"));
		List<GovernanceRow> governance = governance(departments, start, end);
		model.addAttribute("governance", governance);
		model.addAttribute("governanceChart", governanceChart(governance, locale));
		return "supervision/statistics";
	}

	/** Each department's catalogue completeness and grant response times, departments with either only. */
	private List<GovernanceRow> governance(Map<String, String> departments, LocalDate start, LocalDate end) {
		Map<String, CatalogueCompleteness> catalogue = new LinkedHashMap<>();
		quality.completeness().forEach(c -> catalogue.put(c.department().toUpperCase(Locale.ROOT), c));
		Map<String, GrantResponse> grants = new LinkedHashMap<>();
		responseTimes.byProvider(start.atStartOfDay(clock.getZone()).toInstant(),
				end.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
			.forEach(g -> grants.put(g.provider().toUpperCase(Locale.ROOT), g));
		List<GovernanceRow> rows = new ArrayList<>();
		departments.forEach((code, name) -> {
			if (catalogue.containsKey(code) || grants.containsKey(code)) {
				rows.add(new GovernanceRow(code, name, catalogue.get(code), grants.get(code)));
			}
		});
		return rows;
	}

	private String governanceChart(List<GovernanceRow> rows, Locale locale) {
		List<Map<String, Object>> series = List.of(series(locale, "supervision.governance.completeness",
				rows.stream().map(r -> (Object) (r.catalogue() == null ? null
						: Math.round(r.catalogue().share() * 1000) / 10.0)).toList()));
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", "bar");
		chart.put("categories", rows.stream().map(GovernanceRow::name).toList());
		chart.put("series", series);
		chart.put("percent", true);
		return json.writeValueAsString(chart);
	}

	/** A chart's description for charts.js: categories, series and whether values are percentages. */
	private String chart(List<EfficiencyFigure> figures, Map<String, String> labels, Locale locale, String type,
			String kind) {
		List<String> categories = figures.stream()
			.map(f -> labels == null ? f.key() : labels.getOrDefault(f.key(), f.key())).toList();
		List<Map<String, Object>> series = new ArrayList<>();
		switch (kind) {
			case "volume" -> {
				series.add(series(locale, "supervision.stat.received", figures.stream().map(f -> (Object) f.received()).toList()));
				series.add(series(locale, "supervision.stat.finished", figures.stream().map(f -> (Object) f.finished()).toList()));
			}
			case "onTime" -> series.add(series(locale, "supervision.stat.onTimeShare",
					figures.stream().map(f -> (Object) (f.onTimeShare() == null ? null
							: Math.round(f.onTimeShare() * 1000) / 10.0)).toList()));
			default -> {
				series.add(series(locale, "supervision.stat.received", figures.stream().map(f -> (Object) f.received()).toList()));
				series.add(series(locale, "supervision.stat.finished", figures.stream().map(f -> (Object) f.finished()).toList()));
				series.add(series(locale, "supervision.stat.averageDays", figures.stream()
					.map(f -> (Object) (f.averageDays() == null ? null : Math.round(f.averageDays() * 10) / 10.0)).toList()));
			}
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", type);
		chart.put("categories", categories);
		chart.put("series", series);
		chart.put("percent", "onTime".equals(kind));
		return json.writeValueAsString(chart);
	}

	private Map<String, Object> series(Locale locale, String key, List<Object> data) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", messages.getMessage(key, null, locale));
		s.put("data", data);
		return s;
	}
}
