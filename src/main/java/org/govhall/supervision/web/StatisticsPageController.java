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
import org.govhall.rating.RatingFigures;
import org.govhall.rating.Satisfaction;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.identifiers.Division;
import org.govhall.shared.identifiers.DivisionCodes;
import org.govhall.shared.web.PageFeedback;
import org.govhall.shared.web.ProblemException;
import org.govhall.supervision.EfficiencyFigure;
import org.govhall.supervision.EfficiencyStatistics;
import org.govhall.supervision.Grouping;
import org.govhall.supervision.StatisticsQuery;

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

	private final ChartSpecs charts;

	private final Clock clock;

	private final PageFeedback feedback;

	private final CatalogueQuality quality;

	private final GrantResponseTimes responseTimes;

	private final RatingFigures ratings;

	StatisticsPageController(EfficiencyStatistics statistics, OrganisationDirectory directory,
			ChartSpecs charts, Clock clock, PageFeedback feedback, CatalogueQuality quality,
			GrantResponseTimes responseTimes, RatingFigures ratings) {
		this.ratings = ratings;
		this.quality = quality;
		this.responseTimes = responseTimes;
		this.feedback = feedback;
		this.statistics = statistics;
		this.directory = directory;
		this.charts = charts;
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
		model.addAttribute("volumeChart", charts.of(figures, labels, locale, "bar", "volume"));
		model.addAttribute("onTimeChart", charts.of(figures, labels, locale, "bar", "onTime"));
		model.addAttribute("trendChart", charts.of(trend, null, locale, "line", "trend"));
		Map<String, Satisfaction> satisfaction = satisfaction(query);
		Map<String, Satisfaction> monthly = new LinkedHashMap<>();
		ratings.byMonth(start, end).forEach(r -> monthly.put(r.key(), r));
		model.addAttribute("satisfaction", satisfaction);
		model.addAttribute("monthlySatisfaction", monthly);
		model.addAttribute("satisfactionChart", satisfactionChart(figures, labels, satisfaction, locale));
		List<GovernanceRow> governance = governance(departments, start, end);
		model.addAttribute("governance", governance);
		model.addAttribute("governanceChart", governanceChart(governance, locale));
		return "supervision/statistics";
	}

	/** The ratings of the groups the figures are counted by (none for districts and weeks). */
	private Map<String, Satisfaction> satisfaction(StatisticsQuery query) {
		List<Satisfaction> found = switch (query.by()) {
			case DEPARTMENT -> ratings.byDepartment(query.from(), query.to());
			case ITEM -> ratings.byItem(query.from(), query.to());
			case MONTH -> ratings.byMonth(query.from(), query.to());
			default -> List.of();
		};
		Map<String, Satisfaction> byKey = new LinkedHashMap<>();
		found.forEach(r -> byKey.put(r.key(), r));
		return byKey;
	}

	private String satisfactionChart(List<EfficiencyFigure> figures, Map<String, String> labels,
			Map<String, Satisfaction> satisfaction, Locale locale) {
		if (satisfaction.isEmpty()) {
			return null;
		}
		return charts.percent(locale, "supervision.satisfaction.goodShare",
				figures.stream().map(f -> labels.getOrDefault(f.key(), f.key())).toList(),
				figures.stream().map(f -> satisfaction.get(f.key()))
					.map(r -> r == null || r.ratings() == 0 ? null : r.goodShare()).toList());
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
		return charts.percent(locale, "supervision.governance.completeness",
				rows.stream().map(GovernanceRow::name).toList(),
				rows.stream().map(r -> r.catalogue() == null ? null : r.catalogue().share()).toList());
	}

}
