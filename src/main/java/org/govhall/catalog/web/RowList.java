package org.govhall.catalog.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The lists of the editor's form that are edited row by row, each by its path on the form ({@code guide.materials})
 * and the column that takes the focus in a new row.
 */
enum RowList {

	BASIS("guide.basis", "", f -> f.getGuide().getBasis(), () -> ""),
	CONDITIONS("guide.conditions", "", f -> f.getGuide().getConditions(), () -> ""),
	MATERIALS("guide.materials", "name", f -> f.getGuide().getMaterials(), MaterialRow::new),
	STEPS("guide.steps", "name", f -> f.getGuide().getSteps(), StepRow::new),
	SPECIAL_PROCEDURES("guide.specialProcedures", "name", f -> f.getGuide().getSpecialProcedures(),
			SpecialProcedureRow::new),
	FAQS("guide.faqs", "question", f -> f.getGuide().getFaqs(), FaqRow::new),
	FIELDS("form.fields", "name", f -> f.getForm().getFields(), FieldRow::new),
	RULES("form.rules", "kind", f -> f.getForm().getRules(), RuleRow::new);

	private final String path;

	private final String firstColumn;

	private final Function<ItemForm, List<?>> rows;

	private final Supplier<Object> blank;

	RowList(String path, String firstColumn, Function<ItemForm, List<?>> rows, Supplier<Object> blank) {
		this.path = path;
		this.firstColumn = firstColumn;
		this.rows = rows;
		this.blank = blank;
	}

	/** The list's path on the form; also its message key after {@code catalog.edit.field.}. */
	String path() {
		return path;
	}

	/** The path of a row. */
	String row(int index) {
		return path + "[" + index + "]";
	}

	/** The path of a row's first control. */
	String firstControl(int index) {
		return firstColumn.isEmpty() ? row(index) : row(index) + "." + firstColumn;
	}

	@SuppressWarnings("unchecked")
	List<Object> rowsOf(ItemForm form) {
		return (List<Object>) rows.apply(form);
	}

	Object blankRow() {
		return blank.get();
	}

	static RowList at(String path) {
		for (RowList list : values()) {
			if (list.path.equals(path)) {
				return list;
			}
		}
		return null;
	}
}
