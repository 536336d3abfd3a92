package org.govhall.catalog.web;

import java.util.ArrayList;
import java.util.List;

import org.govhall.catalog.ApplicationForm;

/** The application form (申请表) on the editor's form: its fields and its rules as rows. */
public class FormRows {

	private List<FieldRow> fields = new ArrayList<>();

	private List<RuleRow> rules = new ArrayList<>();

	static FormRows of(ApplicationForm form) {
		FormRows rows = new FormRows();
		rows.fields = new ArrayList<>(form.fields().stream().map(FieldRow::of).toList());
		rows.rules = new ArrayList<>(form.rules().stream().map(RuleRow::of).toList());
		return rows;
	}

	/** The form as the rows stand (possibly not valid: the preview shows it all the same). */
	ApplicationForm form() {
		return new ApplicationForm(fields.stream().map(FieldRow::field).toList(), rules.stream().map(RuleRow::rule).toList());
	}

	/** The keys of the fields, for the rules to name. */
	public List<String> fieldNames() {
		return fields.stream().map(FieldRow::getName).filter(n -> n != null && !n.isBlank()).distinct().toList();
	}

	public List<FieldRow> getFields() { return fields; }
	public void setFields(List<FieldRow> fields) { this.fields = fields; }
	public List<RuleRow> getRules() { return rules; }
	public void setRules(List<RuleRow> rules) { this.rules = rules; }
}
