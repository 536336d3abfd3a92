package org.govhall.shared.organisation;

import java.util.Locale;
import java.util.Map;

/**
 * The names of the hall's departments by code, for modules that show a department but must not depend on the
 * identity module that keeps them (the data exchange, for example). Identity implements it.
 */
public interface DepartmentNames {

	/** Every department's name in the language of {@code locale} (Chinese unless English), by code. */
	Map<String, String> all(Locale locale);

	/** Whether the hall has a department with this code. */
	default boolean exists(String code) {
		return code != null && all(Locale.ROOT).containsKey(code);
	}
}
