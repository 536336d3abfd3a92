package org.govhall.supervision.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.govhall.supervision.EfficiencyFigure;
import org.govhall.supervision.EfficiencyStatistics;
import org.govhall.supervision.Grouping;
import org.govhall.supervision.StatisticsQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public efficiency statistics over the API, as JSON or CSV; no personal data. */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics")
class StatisticsApiController {

	private final EfficiencyStatistics statistics;

	StatisticsApiController(EfficiencyStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping
	@Operation(summary = "Efficiency figures per department, item, district, month or week over a period")
	List<EfficiencyFigure> figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "DEPARTMENT") Grouping by, @RequestParam(required = false) String department,
			@RequestParam(required = false) String item, @RequestParam(required = false) String division) {
		return statistics.figures(new StatisticsQuery(from, to, by, blank(department), blank(item), blank(division)));
	}

	@GetMapping(path = "/csv", produces = "text/csv")
	@Operation(summary = "The same figures as CSV (UTF-8 with a byte-order mark, for spreadsheets)")
	ResponseEntity<byte[]> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "DEPARTMENT") Grouping by, @RequestParam(required = false) String department,
			@RequestParam(required = false) String item, @RequestParam(required = false) String division) {
		List<EfficiencyFigure> figures = figures(from, to, by, department, item, division);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"statistics-" + by.name().toLowerCase() + "-" + from + "-" + to + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(FigureCsv.write(figures).getBytes(StandardCharsets.UTF_8));
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
