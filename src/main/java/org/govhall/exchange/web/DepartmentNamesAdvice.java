package org.govhall.exchange.web;

import java.util.Locale;
import java.util.Map;

import org.govhall.shared.organisation.DepartmentNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the exchange's pages the departments' names, so they show 公安局 rather than GAJ. */
@ControllerAdvice(assignableTypes = { DataSharingPagesController.class, AccessLogPageController.class,
		LookupPageController.class })
class DepartmentNamesAdvice {

	private final ObjectProvider<DepartmentNames> names;

	DepartmentNamesAdvice(ObjectProvider<DepartmentNames> names) {
		this.names = names;
	}

	@ModelAttribute("departmentNames")
	Map<String, String> departmentNames(Locale locale) {
		DepartmentNames directory = names.getIfAvailable();
		return directory == null ? Map.of() : directory.all(locale);
	}
}
