package org.govhall;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The module boundaries hold, and the module documentation is written into the build. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GovHallApplication.class);

	@Test
	void module_boundaries_are_kept() {
		modules.verify();
	}

	@Test
	void the_hall_is_made_of_exactly_its_modules() {
		// a module that lands (casework, licence, ...) is named here with it
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.containsExactlyInAnyOrder("shared", "identity", "catalog", "exchange", "casework", "licence", "rating",
					"supervision", "portal");
	}

	@Test
	void module_documentation_is_generated() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(new java.io.File("target/spring-modulith-docs/components.puml")).exists();
	}
}
