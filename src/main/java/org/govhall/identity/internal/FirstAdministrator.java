package org.govhall.identity.internal;

import java.util.EnumSet;
import java.util.Optional;

import org.govhall.identity.NewDepartment;
import org.govhall.identity.NewStaffAccount;
import org.govhall.identity.OrganisationDirectory;
import org.govhall.identity.StaffSummary;
import org.govhall.shared.security.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the first administrator's account of a production hall, so that somebody can sign in and open every
 * other account on the organisation page. Does nothing once the account exists, so the setting may stay
 * during a rollout; the password is never logged.
 */
@Component
@Order(5)
@EnableConfigurationProperties(BootstrapProperties.class)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final int MIN_PASSWORD_LENGTH = 12;

	private final BootstrapProperties properties;

	private final OrganisationDirectory directory;

	private final StaffAccounts staff;

	FirstAdministrator(BootstrapProperties properties, OrganisationDirectory directory, StaffAccounts staff) {
		this.properties = properties;
		this.directory = directory;
		this.staff = staff;
	}

	@Override
	public void run(ApplicationArguments args) {
		open(properties);
	}

	/** Opens the account described by {@code settings} unless it exists; answers it when it was opened. */
	@Transactional
	Optional<StaffSummary> open(BootstrapProperties settings) {
		if (!settings.requested() || staff.existsByUsername(settings.administratorUsername())) {
			return Optional.empty();
		}
		if (settings.administratorPassword().length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException("govhall.bootstrap.administrator-password must have at least "
					+ MIN_PASSWORD_LENGTH + " characters");
		}
		if (directory.departmentByCode(settings.departmentCode()).isEmpty()) {
			if (settings.departmentCreditCode() == null || settings.departmentCreditCode().isBlank()) {
				throw new IllegalStateException("govhall.bootstrap.department-credit-code is needed to register the "
						+ "platform department " + settings.departmentCode());
			}
			directory.registerDepartment(new NewDepartment(settings.departmentCode(), settings.departmentNameZh(),
					settings.departmentNameEn(), settings.departmentCreditCode(), settings.divisionCode()));
		}
		StaffSummary opened = directory.openAccount(new NewStaffAccount(settings.administratorUsername(),
				"系统管理员 Administrator", settings.departmentCode(), EnumSet.of(StaffRole.ADMINISTRATOR),
				settings.administratorPassword()));
		log.warn("First administrator '{}' opened; remove govhall.bootstrap.administrator-password from the "
				+ "configuration", settings.administratorUsername());
		return Optional.of(opened);
	}
}
