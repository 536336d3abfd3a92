package org.govhall.exchange.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exchange module.
 *
 * @param demoPeople how many synthetic people a demo hall's population register gets on first start
 * @param demoCompanies how many synthetic legal persons it gets
 * @param demoAddresses how many standard addresses its spatial register gets
 * @param seed the seed of the synthetic data (the same seed, the same people)
 * @param staffLookupsPerMinute how many lookups one staff member may make a minute (on each node)
 * @param flushEachAccessRecord whether a lookup answers only after its access-log record is flushed to disk; by
 *        default the record commits asynchronously (ADR 0010): a crash of the database server can lose the records
 *        of its last moment (at most three times {@code wal_writer_delay}), never corrupt the database. Lookups
 *        inside a caller's transaction always commit as the server does.
 */
@ConfigurationProperties("govhall.exchange")
public record ExchangeProperties(@DefaultValue("100000") long demoPeople, @DefaultValue("20000") long demoCompanies,
		@DefaultValue("20000") long demoAddresses, @DefaultValue("2026") long seed,
		@DefaultValue("120") int staffLookupsPerMinute, @DefaultValue("false") boolean flushEachAccessRecord) {
}
