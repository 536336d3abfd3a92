package org.govhall.exchange;

import org.govhall.exchange.internal.SyntheticCompanies;
import org.govhall.exchange.internal.SyntheticPopulation;
import org.govhall.shared.audit.AuditQuery;
import org.govhall.shared.audit.AuditTrail;
import org.govhall.support.GovHallTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo base registers are loaded on first start, and every read states its purpose and is audited. */
@GovHallTest
class BaseRegistersTests {

	@Autowired
	BaseRegisters registers;

	@Autowired
	AuditTrail audit;

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
	void every_read_is_audited_with_its_purpose_and_a_read_without_purpose_is_refused() {
		Person someone = new SyntheticPopulation(2026).person(7);
		registers.person(someone.idNumber(), "实名核验");
		var entries = audit.search(new AuditQuery(null, "exchange.personRead", "person", someone.idNumber(), null,
				null, 0, 10));
		assertThat(entries.entries()).isNotEmpty();
		assertThat(entries.entries().get(0).purpose()).isEqualTo("实名核验");
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
}
