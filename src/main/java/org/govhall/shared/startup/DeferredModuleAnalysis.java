package org.govhall.shared.startup;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.core.ApplicationModuleIdentifiers;

/**
 * Spring Modulith analyses the hall's classes with ArchUnit (about four seconds of a core here) for two things
 * the start does not need: its actuator endpoint, replaced by {@link ModulesEndpoint}, and the list of module
 * identifiers, which only module-ordered initialisers and per-module migrations use (the hall has neither) and
 * which Modulith creates eagerly, making the start wait for the analysis. This creates the list when first
 * asked for.
 */
@Configuration(proxyBeanMethods = false)
class DeferredModuleAnalysis {

	@Bean
	static BeanFactoryPostProcessor moduleIdentifiersWhenAskedFor() {
		return (ConfigurableListableBeanFactory beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(ApplicationModuleIdentifiers.class, true, false)) {
				beanFactory.getBeanDefinition(name).setLazyInit(true);
			}
		};
	}
}
