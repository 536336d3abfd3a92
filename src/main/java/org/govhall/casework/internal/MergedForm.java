package org.govhall.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govhall.catalog.ApplicationForm;
import org.govhall.catalog.ServiceItem;
import org.govhall.shared.forms.DataElement;
import org.govhall.shared.forms.FieldType;

/**
 * One form for the items of an application (一表制): the items' fields in order, an element several items ask for
 * under the same name asked once (required when any item requires it), each item's own fields kept apart (for a
 * bundle under {@code <basic code>.<name>}), and each item's cross-field rules translated to the merged keys.
 *
 * @param entries the merged entries in order
 * @param rules the items' rules over the merged keys
 * @param asked how many entries the items' forms have together, before the merge
 */
public record MergedForm(List<Entry> entries, List<KeyedRule> rules, int asked) {

	/** One entry of the merged form. */
	public record Entry(String key, DataElement element, String label, FieldType type, boolean required,
			List<String> options, int maxLength, String hint, List<String> items) {
	}

	/** A rule of one item over the merged keys. */
	public record KeyedRule(ApplicationForm.Rule.Kind kind, String field, String other, String value) {
	}

	/** How many entries the merge saved the applicant. */
	public int saved() {
		return asked - entries.size();
	}

	public Map<String, Entry> byKey() {
		Map<String, Entry> all = new LinkedHashMap<>();
		entries.forEach(e -> all.put(e.key(), e));
		return all;
	}

	/** The merged form of {@code items}: one item keeps its own field names. */
	public static MergedForm of(List<ServiceItem> items) {
		boolean bundle = items.size() > 1;
		Map<String, Entry> entries = new LinkedHashMap<>();
		List<KeyedRule> rules = new ArrayList<>();
		int asked = 0;
		for (ServiceItem item : items) {
			ApplicationForm form = item.content().form();
			Map<String, String> keys = new LinkedHashMap<>();
			for (ApplicationForm.Field field : form.fields()) {
				asked++;
				String key = field.element() != null || !bundle ? field.name() : item.basicCode() + "." + field.name();
				// the same name for another element, or an own field clashing with an element's name: keep apart
				Entry earlier = entries.get(key);
				if (earlier != null && (field.element() == null || earlier.element() != field.element())) {
					key = item.basicCode() + "." + field.name();
					earlier = entries.get(key);
				}
				keys.put(field.name(), key);
				entries.put(key, earlier == null ? entry(key, field, item) : merged(earlier, field, item));
			}
			for (ApplicationForm.Rule rule : form.rules()) {
				rules.add(new KeyedRule(rule.kind(), keys.get(rule.field()), keys.get(rule.other()), rule.value()));
			}
		}
		return new MergedForm(List.copyOf(entries.values()), List.copyOf(rules), asked);
	}

	private static Entry entry(String key, ApplicationForm.Field field, ServiceItem item) {
		return new Entry(key, field.element(), blankToNull(field.label()), field.effectiveType(), field.required(),
				field.options(), field.effectiveMaxLength(), blankToNull(field.hint()),
				List.of(item.implementationCode()));
	}

	private static Entry merged(Entry earlier, ApplicationForm.Field field, ServiceItem item) {
		List<String> items = new ArrayList<>(earlier.items());
		items.add(item.implementationCode());
		List<String> options = earlier.options().isEmpty() ? field.options() : earlier.options();
		return new Entry(earlier.key(), earlier.element(), earlier.label() != null ? earlier.label()
				: blankToNull(field.label()), earlier.type(), earlier.required() || field.required(), options,
				earlier.maxLength(), earlier.hint() != null ? earlier.hint() : blankToNull(field.hint()),
				List.copyOf(items));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
