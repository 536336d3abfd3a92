package org.govhall.casework.internal;

import org.govhall.shared.GovHallProperties;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Configuration;

/** Casework's settings, and how the process engine runs its cases. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseworkProperties.class)
class CaseworkConfiguration {

	/**
	 * A branch of a parallel stage leaves its multi-instance in the step's own transaction, under the case's lock
	 * (ADR 0014). Flowable's default since 7 leaves asynchronously: a job of the async executor then updates the
	 * stage's execution outside that lock, and two branches decided at once fail with an optimistic-locking
	 * conflict; the case would also learn only later that its stage or process ended.
	 */
	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> branchesLeaveInTheirStep() {
		return engine -> engine.setParallelMultiInstanceAsyncLeave(false);
	}

	/** Materials' files under {@code <data-dir>/files}: written there with {@code file-store: data-folder}. */
	@Bean
	DataFolderFiles materialFolder(GovHallProperties hall) {
		return new DataFolderFiles(hall.dataDir().resolve("files"));
	}

	/** The store new materials are written to (the folder bean is one too, for reading what lies there). */
	@Bean
	@Primary
	MaterialFileStore materialFileStore(CaseworkProperties properties, DataFolderFiles materialFolder) {
		return MaterialFileStore.named(properties.fileStore(), materialFolder);
	}
}
