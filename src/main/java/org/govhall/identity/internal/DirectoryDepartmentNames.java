package org.govhall.identity.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.govhall.identity.DepartmentSummary;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.shared.organisation.DepartmentNames;

import org.springframework.stereotype.Component;

/** The department directory's names, for modules that show departments without depending on identity. */
@Component
class DirectoryDepartmentNames implements DepartmentNames {

	private final OrganisationDirectory directory;

	DirectoryDepartmentNames(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Map<String, String> all(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (DepartmentSummary department : directory.departments()) {
			names.put(department.code(), department.name(locale));
		}
		return names;
	}
}
