package org.govhall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * GovHall, the one-stop online government services hall (网上政务大厅). Every direct sub-package is a business
 * module; {@code shared} is the kernel every other module may use.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "GovHall", sharedModules = "shared")
public class GovHallApplication {

	public static void main(String[] args) {
		SpringApplication.run(GovHallApplication.class, args);
	}
}
