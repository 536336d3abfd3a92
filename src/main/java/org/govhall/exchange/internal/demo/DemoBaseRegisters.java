package org.govhall.exchange.internal.demo;

import org.govhall.exchange.internal.BaseRegisterLoader;
import org.govhall.exchange.internal.ExchangeProperties;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.audit.AuditEvent;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo hall's base registers on first start: {@code govhall.exchange.demo-people} synthetic
 * people (100,000 by default), {@code demo-companies} legal persons (20,000) and {@code demo-addresses} standard
 * addresses (20,000), with progress in the log.
 */
@Component
@EnableConfigurationProperties(ExchangeProperties.class)
class DemoBaseRegisters implements StartupTask {

	private static final Logger log = LoggerFactory.getLogger(DemoBaseRegisters.class);

	private final BaseRegisterLoader loader;

	private final JdbcClient jdbc;

	private final ExchangeProperties exchange;

	private final GovHallProperties properties;

	private final AuditTrail audit;

	DemoBaseRegisters(BaseRegisterLoader loader, JdbcClient jdbc, ExchangeProperties exchange,
			GovHallProperties properties, AuditTrail audit) {
		this.loader = loader;
		this.jdbc = jdbc;
		this.exchange = exchange;
		this.properties = properties;
		this.audit = audit;
	}

	@Override
	public String name() {
		return "exchange.demo-registers";
	}

	@Override
	public void run() {
		if (!properties.demo().enabled()
				|| jdbc.sql("select exists (select 1 from exchange_person)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		SyntheticPopulation population = new SyntheticPopulation(exchange.seed());
		loader.loadPeople(population, 0, exchange.demoPeople(),
				(done, total) -> log.info("Population register: {} of {} people loaded", done, total));
		loader.loadCompanies(new SyntheticCompanies(population, exchange.demoPeople(), exchange.seed()), 0,
				exchange.demoCompanies(), (done, total) -> log.info("Legal-person register: {} of {} loaded", done, total));
		loader.loadAddresses(new SyntheticAddresses(exchange.seed()), 0, exchange.demoAddresses(),
				(done, total) -> log.info("Spatial register: {} of {} addresses loaded", done, total));
		audit.record(AuditEvent.of("exchange.demoRegistersLoaded").by(AuditTrail.SYSTEM)
			.detail("people", exchange.demoPeople()).detail("companies", exchange.demoCompanies()));
		log.info("Demo base registers loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}
}
