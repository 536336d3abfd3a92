package org.govhall.catalog;


/**
 * Narrows a list or a search of published items; every part may be null, and a blank one means no narrowing (as
 * an empty parameter of a form or an address does).
 *
 * @param audience 自然人 or 法人
 * @param lifeEvent a life event or business stage, e.g. 设立变更
 * @param departmentCode the implementing department
 * @param divisionCode the division served
 * @param type the item type
 */
public record ItemFilter(Audience audience, String lifeEvent, String departmentCode, String divisionCode,
		ItemType type) {

	public ItemFilter {
		lifeEvent = blankToNull(lifeEvent);
		departmentCode = blankToNull(departmentCode);
		divisionCode = blankToNull(divisionCode);
	}

	public static ItemFilter none() {
		return new ItemFilter(null, null, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
