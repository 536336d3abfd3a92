package org.govhall.catalog.web;

import org.govhall.catalog.ApplicationForm.Rule;

/** One rule across fields (校验规则) as a row of the editor's form, naming the fields by their keys. */
public class RuleRow {

	private Rule.Kind kind = Rule.Kind.REQUIRED_IF;

	private String field = "";

	private String other = "";

	private String value = "";

	static RuleRow of(Rule rule) {
		RuleRow row = new RuleRow();
		row.kind = rule.kind();
		row.field = rule.field();
		row.other = rule.other();
		row.value = rule.value();
		return row;
	}

	Rule rule() {
		return new Rule(kind, field, other, value);
	}

	public Rule.Kind getKind() { return kind; }
	public void setKind(Rule.Kind kind) { this.kind = kind; }
	public String getField() { return field; }
	public void setField(String field) { this.field = field == null ? null : field.strip(); }
	public String getOther() { return other; }
	public void setOther(String other) { this.other = other == null ? null : other.strip(); }
	public String getValue() { return value; }
	public void setValue(String value) { this.value = value; }
}
