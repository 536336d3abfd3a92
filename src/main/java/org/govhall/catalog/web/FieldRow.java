package org.govhall.catalog.web;

import org.govhall.catalog.ApplicationForm.Field;
import org.govhall.shared.forms.DataElement;
import org.govhall.shared.forms.FieldType;

/**
 * One field (字段) of the application form as a row of the editor's form: bound to a data element, or the item's
 * own with its label and type; the options of a choice one a line.
 */
public class FieldRow {

	private String name = "";

	private DataElement element;

	private String label = "";

	private FieldType type;

	private boolean required;

	private String options = "";

	private Integer maxLength;

	private String hint = "";

	static FieldRow of(Field field) {
		FieldRow row = new FieldRow();
		row.name = field.name();
		row.element = field.element();
		row.label = field.label();
		row.type = field.type();
		row.required = field.required();
		row.options = ListsAsText.lines(field.options());
		row.maxLength = field.maxLength();
		row.hint = field.hint();
		return row;
	}

	Field field() {
		return new Field(name, element, label, type, required, ListsAsText.lines(options), maxLength, hint);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name == null ? null : name.strip(); }
	public DataElement getElement() { return element; }
	public void setElement(DataElement element) { this.element = element; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public FieldType getType() { return type; }
	public void setType(FieldType type) { this.type = type; }
	public boolean isRequired() { return required; }
	public void setRequired(boolean required) { this.required = required; }
	public String getOptions() { return options; }
	public void setOptions(String options) { this.options = options; }
	public Integer getMaxLength() { return maxLength; }
	public void setMaxLength(Integer maxLength) { this.maxLength = maxLength; }
	public String getHint() { return hint; }
	public void setHint(String hint) { this.hint = hint; }
}
