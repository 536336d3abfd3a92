package org.govhall.catalog.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A change to the rows of one of the editor's lists, as a submit button of the page names it: {@code add:guide.steps},
 * {@code up:form.fields:2}, {@code down:…}, {@code remove:…}. Applied to the form shown again, never saved.
 *
 * @param move what happens
 * @param list the list it happens to
 * @param index the row moved or removed (for an addition: where the new row lands)
 */
record RowEdit(Move move, RowList list, int index) {

	/** What a row edit does. */
	enum Move {
		ADD, REMOVE, UP, DOWN
	}

	/** The edit a button's value names, if it names one of rows that exist. */
	static Optional<RowEdit> parse(String value, ItemForm form) {
		String[] parts = value == null ? new String[0] : value.split(":");
		if (parts.length < 2 || parts.length > 3 || RowList.at(parts[1]) == null) {
			return Optional.empty();
		}
		Move move;
		try {
			move = Move.valueOf(parts[0].toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		RowList list = RowList.at(parts[1]);
		int size = list.rowsOf(form).size();
		if (move == Move.ADD) {
			return Optional.of(new RowEdit(move, list, size));
		}
		if (parts.length != 3 || !parts[2].matches("\\d{1,3}")) {
			return Optional.empty();
		}
		int index = Integer.parseInt(parts[2]);
		boolean fits = index < size && (move != Move.UP || index > 0) && (move != Move.DOWN || index < size - 1);
		return fits ? Optional.of(new RowEdit(move, list, index)) : Optional.empty();
	}

	/** Applies the edit; answers the id of the control that should have the focus on the page shown again. */
	String applyTo(ItemForm form) {
		List<Object> rows = list.rowsOf(form);
		return switch (move) {
			case ADD -> {
				rows.add(list.blankRow());
				yield list.firstControl(index);
			}
			case REMOVE -> {
				rows.remove(index);
				yield "add-" + list.path();
			}
			case UP -> {
				Collections.swap(rows, index, index - 1);
				yield index - 1 == 0 ? "down-" + list.row(0) : "up-" + list.row(index - 1);
			}
			case DOWN -> {
				Collections.swap(rows, index, index + 1);
				yield index + 1 == rows.size() - 1 ? "up-" + list.row(index + 1) : "down-" + list.row(index + 1);
			}
		};
	}

	/** The row the edit leaves in the edited place, counted from 1, for the sentence that confirms it. */
	int rowNumberAfter() {
		return switch (move) {
			case ADD, REMOVE -> index + 1;
			case UP -> index;
			case DOWN -> index + 2;
		};
	}
}
