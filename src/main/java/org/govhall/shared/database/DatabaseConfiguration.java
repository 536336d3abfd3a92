package org.govhall.shared.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.govhall.shared.GovHallProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hall's one {@link DataSource}: the external PostgreSQL named by {@code govhall.db.url}, or else the embedded
 * server. The pool depends on the server bean, so Spring closes the pool first and the server last.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/** The server started at the very beginning of the start (EmbeddedPostgresEarlyStart), or else started now. */
	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(GovHallProperties properties,
			ObjectProvider<EmbeddedPostgresEarlyStart.Starting> starting) {
		if (properties.db().external()) {
			return EmbeddedPostgresServer.inactive();
		}
		Path directory = properties.dataDir().resolve("pg");
		EmbeddedPostgresEarlyStart.Starting early = starting.getIfAvailable();
		EmbeddedPostgresServer server = early == null ? null : early.adopt(directory, properties.db().embeddedClean());
		return server != null ? server : EmbeddedPostgresServer.start(directory, properties.db().embeddedClean());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(GovHallProperties properties, EmbeddedPostgresServer server) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("govhall");
		config.setMaximumPoolSize(properties.db().maximumPoolSize());
		if (server.active()) {
			config.setJdbcUrl(server.jdbcUrl());
			config.setUsername("postgres");
		}
		else {
			config.setJdbcUrl(properties.db().url());
			config.setUsername(properties.db().username());
			config.setPassword(properties.db().password());
		}
		return new HikariDataSource(config);
	}
}
