package org.govhall.supervision.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.govhall.supervision.EfficiencyFigure;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What {@code js/charts.js} draws, as the JSON of an element's {@code data-chart} attribute: a bar or line chart's
 * categories, its named series and whether its values are percentages. Names of series are the page's language.
 */
@Component
class ChartSpecs {

	private final MessageSource messages;

	private final JsonMapper json;

	ChartSpecs(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** A bar chart of shares (0–1, drawn as percentages; null where there is none). */
	String percent(Locale locale, String seriesKey, List<String> categories, List<Double> shares) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("type", "bar");
		chart.put("categories", categories);
		chart.put("series", List.of(series(locale, seriesKey,
				shares.stream().map(v -> (Object) (v == null ? null : Math.round(v * 1000) / 10.0)).toList())));
		chart.put("percent", true);
		return json.writeValueAsString(chart);
	}

	/** A chart's description for charts.js: categories, series and whether values are percentages. */
	String of(List<EfficiencyFigure> figures, Map<String, String> labels, Locale locale, String type,
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
