package org.govhall.casework.internal;

import java.util.Set;

import org.flowable.common.engine.api.Engine;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Flowable's engines start after Flyway has migrated the schema: otherwise an engine created early writes its
 * {@code ACT_*} tables into an empty schema and Flyway refuses the schema as not empty. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EnginesAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(Engine.class);
	}
}
