package org.govhall.shared.startup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.runtime.ApplicationModulesRuntime;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The hall's modules and their dependencies as JSON ({@code /actuator/modulith}, administrators only), in place
 * of Spring Modulith's own endpoint, which analyses every class of the hall with ArchUnit while the hall starts
 * (about four seconds on a two-core machine, and the start waited for it). Here the analysis runs when an
 * administrator first asks, and its answer is kept.
 */
@Component
@Endpoint(id = "modulith")
class ModulesEndpoint {

	private final SingletonSupplier<String> description;

	ModulesEndpoint(ObjectProvider<ApplicationModulesRuntime> modules) {
		this.description = SingletonSupplier
			.of(() -> new ApplicationModulesExporter(modules.getObject().get()).toJson());
	}

	@ReadOperation
	String modules() {
		return description.obtain();
	}
}
