package org.govhall.exchange;

import java.util.List;

import org.govhall.exchange.DataLookups;
import org.govhall.exchange.internal.demo.SyntheticCompanies;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo base registers are loaded on first start, and every read states its purpose and is audited. */
@GovHallTest
class BaseRegistersTests {

	@Autowired
	BaseRegisters registers;

	@Autowired
	DataLookups sharing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_demo_registers_hold_the_configured_synthetic_population() {
		// other tests may add people (PopulationGenerationTests); the demo's first 20,000 are there in any case
		assertThat(registers.peopleCount()).isGreaterThanOrEqualTo(20_000);
		assertThat(registers.legalPersonCount()).isEqualTo(4_000);
		SyntheticPopulation population = new SyntheticPopulation(2026);
		assertThat(registers.person(population.person(0).idNumber(), "测试：核对演示数据")).isPresent();
		assertThat(registers.person(population.person(19_999).idNumber(), "测试：核对演示数据")).isPresent();
		Person expected = population.person(4_242);
		assertThat(registers.person(expected.idNumber(), "测试：核对演示数据")).contains(expected);
		LegalPerson company = new SyntheticCompanies(population, 20_000, 2026).company(99);
		assertThat(registers.legalPerson(company.creditCode(), "测试：核对演示数据")).contains(company);
	}

	@Test
	void every_read_is_in_the_access_log_with_its_purpose_and_a_read_without_purpose_is_refused() {
		Person someone = new SyntheticPopulation(2026).person(7);
		registers.person(someone.idNumber(), "实名核验");
		var entries = sharing.accessLogOf(someone.idNumber(), 0).records();
		assertThat(entries).isNotEmpty();
		assertThat(entries.get(0).purpose()).isEqualTo("实名核验");
		assertThat(entries.get(0).consumer()).isEqualTo(BaseRegisters.PLATFORM);
		assertThat(entries.get(0).outcome()).isEqualTo("ANSWERED");
		assertThatThrownBy(() -> registers.person(someone.idNumber(), " "))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(registers.person("110105194912310029", "实名核验")).isEmpty();
	}

	@Test
	void an_address_lookup_turns_what_people_type_into_standard_addresses() {
		var found = registers.addresses("世纪大道1", "310115", 10);
		assertThat(found).isNotEmpty().allSatisfy(a -> {
			assertThat(a.address()).contains("世纪大道1");
			assertThat(a.divisionCode()).isEqualTo("310115");
			assertThat(a.gridCell()).startsWith("SH-");
		});
		assertThat(registers.addresses("100%", null, 10)).as("a percent sign is a character, not a wildcard")
			.allSatisfy(a -> assertThat(a.address()).contains("100%"));
		assertThat(registers.addresses("南京东路", null, 500)).hasSizeLessThanOrEqualTo(50);
	}

	@Test
	void a_point_turns_into_the_nearest_standard_addresses_with_their_codes() {
		StandardAddress known = registers.addresses("世纪大道1", "310115", 1).get(0);
		assertThat(known.code()).startsWith("310115").hasSize(16);
		var nearest = registers.nearest(known.latitude(), known.longitude(), 3);
		assertThat(nearest).hasSize(3).first().isEqualTo(known);
		assertThat(nearest).allSatisfy(a -> assertThat(a.latitude().subtract(known.latitude()).abs())
			.isLessThanOrEqualTo(new java.math.BigDecimal("0.01")));
	}

	@Test
	void every_loaded_identity_number_and_credit_code_passes_the_validators() {
		java.time.LocalDate today = java.time.LocalDate.now();
		List<String> invalidPeople = jdbc.sql("select id_number from exchange_person").query(String.class).list()
			.stream().filter(id -> !IdentityNumbers.check(id.strip(), today).valid()).toList();
		assertThat(invalidPeople).isEmpty();
		List<String> invalidCompanies = jdbc.sql("select credit_code from exchange_legal_person").query(String.class)
			.list().stream().filter(code -> !CreditCodes.check(code.strip()).valid()).toList();
		assertThat(invalidCompanies).isEmpty();
		assertThat(jdbc.sql("""
				select count(*) from exchange_legal_person c
				where not exists (select 1 from exchange_person p where p.id_number = c.legal_representative_id)""")
			.query(Long.class).single()).as("every legal representative is in the population register").isZero();
	}
}
