package org.govhall.identity.internal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.govhall.exchange.BaseRegisters;
import org.govhall.exchange.LegalPerson;
import org.govhall.exchange.Person;
import org.govhall.identity.AssuranceLevel;
import org.govhall.identity.internal.people.PersonAccount;
import org.govhall.identity.internal.people.PersonAccounts;
import org.govhall.shared.GovHallProperties;
import org.govhall.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two demo citizens on a demo hall's first start, both real people of the synthetic population: the legal
 * representative of the first active company (mobile 13800000001), with the company bound, and an agent he
 * authorised for all services for a year (mobile 13800000002). Both use the demo password from the README.
 */
@Component
class DemoCitizens implements StartupTask {

	static final String PURPOSE = "演示数据：为演示市民账号选取法定代表人及其企业";

	private static final Logger log = LoggerFactory.getLogger(DemoCitizens.class);

	private final GovHallProperties properties;

	private final PersonAccounts people;

	private final BaseRegisters registers;

	private final DemoPassword password;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCitizens(GovHallProperties properties, PersonAccounts people, BaseRegisters registers,
			DemoPassword password, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.people = people;
		this.registers = registers;
		this.password = password;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "identity.demo-citizens";
	}

	/** The citizens are real people of the demo population register. */
	@Override
	public Set<String> after() {
		return Set.of("exchange.demo-registers");
	}

	@Override
	@Transactional
	public void run() {
		if (!properties.demo().enabled() || people.byMobile("13800000001").isPresent()) {
			return;
		}
		List<String> codes = registers.activeCompanyCodes(20, PURPOSE);
		if (codes.isEmpty()) {
			return;
		}
		LegalPerson company = registers.legalPerson(codes.get(0), PURPOSE).orElseThrow();
		Person representative = registers.person(company.legalRepresentativeId(), PURPOSE).orElseThrow();
		String hash = password.hash();
		PersonAccount boss = people.insert(representative.idNumber(), representative.name(), "13800000001", hash,
				AssuranceLevel.REAL_NAME, clock.instant(), clock.instant());
		long companyId = jdbc.sql("""
				insert into identity_company_account (credit_code, name, legal_representative_id, verified_at)
				values (?, ?, ?, ?) returning id""")
			.params(company.creditCode(), company.name(), boss.id(), Timestamp.from(clock.instant()))
			.query(Long.class).single();
		// the agent: the legal representative of another company, so certainly a different adult
		LegalPerson other = codes.stream().skip(1).map(c -> registers.legalPerson(c, PURPOSE).orElseThrow())
			.filter(c -> !c.legalRepresentativeId().equals(representative.idNumber())).findFirst().orElseThrow();
		Person agentPerson = registers.person(other.legalRepresentativeId(), PURPOSE).orElseThrow();
		PersonAccount agent = people.insert(agentPerson.idNumber(), agentPerson.name(), "13800000002", hash,
				AssuranceLevel.REAL_NAME, clock.instant(), clock.instant());
		jdbc.sql("""
				insert into identity_agent_authorisation (company_id, agent_id, all_services, valid_from, valid_until,
				    granted_by, granted_at)
				values (?, ?, true, ?, ?, ?, ?)""")
			.params(companyId, agent.id(), LocalDate.now(clock), LocalDate.now(clock).plusYears(1), boss.id(),
					Timestamp.from(clock.instant()))
			.update();
		log.info("Demo citizens: {} (13800000001, legal representative of {}) and {} (13800000002, agent)",
				representative.name(), company.name(), agentPerson.name());
	}
}
