package org.govhall.exchange;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.govhall.exchange.internal.demo.SyntheticCompanies;
import org.govhall.exchange.internal.demo.SyntheticPopulation;
import org.govhall.shared.identifiers.CreditCodes;
import org.govhall.shared.identifiers.DivisionCodes;
import org.govhall.shared.identifiers.IdentityNumber;
import org.govhall.shared.identifiers.IdentityNumbers;
import org.govhall.shared.identifiers.ValidationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic base registers are valid, unique, plausible and the same for the same seed. */
class SyntheticRegistersTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private final SyntheticPopulation population = new SyntheticPopulation(2026);

	@Test
	void every_generated_identity_number_is_valid_unique_and_matches_the_record() {
		Set<String> seen = new HashSet<>();
		int inCity = 0;
		for (long i = 0; i < 50_000; i++) {
			Person person = population.person(i);
			assertThat(IdentityNumbers.check(person.idNumber(), TODAY).valid()).as(person.idNumber()).isTrue();
			assertThat(seen.add(person.idNumber())).as("unique %s", person.idNumber()).isTrue();
			IdentityNumber parsed = IdentityNumbers.parse(person.idNumber(), TODAY).orElseThrow();
			assertThat(parsed.birthDate()).isEqualTo(person.birthDate());
			assertThat(parsed.gender().name()).isEqualTo(person.gender());
			assertThat(parsed.divisionCode()).isEqualTo(person.householdDivision());
			assertThat(DivisionCodes.standard().isCurrent(person.householdDivision())).isTrue();
			assertThat(person.name()).hasSizeBetween(2, 3);
			assertThat(person.mobile()).matches("1[3-9]\\d{9}");
			if (person.householdDivision().startsWith("31")) {
				inCity++;
			}
		}
		assertThat(inCity).as("four in five registered in the city").isBetween(39_000, 41_000);
	}

	@Test
	void the_same_seed_gives_the_same_people_and_another_seed_other_people() {
		assertThat(new SyntheticPopulation(2026).person(12_345)).isEqualTo(population.person(12_345));
		assertThat(new SyntheticPopulation(7).person(12_345).idNumber()).isNotEqualTo(population.person(12_345).idNumber());
		assertThat(population.capacity()).isGreaterThan(25_000_000L);
	}

	@Test
	void minors_are_unmarried_and_the_elderly_mostly_retired() {
		int elderly = 0;
		int retired = 0;
		for (long i = 0; i < 20_000; i++) {
			Person person = population.person(i);
			int age = 2026 - person.birthDate().getYear();
			if (age < 22) {
				assertThat(person.maritalStatus()).isEqualTo("未婚");
			}
			if (age >= 60) {
				elderly++;
				retired += person.socialSecurityStatus().equals("退休") ? 1 : 0;
			}
		}
		assertThat(retired).isGreaterThan(elderly * 8 / 10);
	}

	@Test
	void every_generated_credit_code_is_valid_unique_and_has_an_adult_representative() {
		SyntheticCompanies companies = new SyntheticCompanies(population, 20_000, 2026);
		Set<String> codes = new HashSet<>();
		Set<String> names = new HashSet<>();
		Set<String> people = new HashSet<>();
		for (long i = 0; i < 20_000; i++) {
			people.add(population.person(i).idNumber());
		}
		for (long i = 0; i < 10_000; i++) {
			LegalPerson company = companies.company(i);
			ValidationResult check = CreditCodes.check(company.creditCode());
			assertThat(check.errors()).as(company.creditCode()).isEmpty();
			assertThat(check.warnings()).as(company.creditCode()).isEmpty();
			assertThat(codes.add(company.creditCode())).as("unique %s", company.creditCode()).isTrue();
			assertThat(names.add(company.name())).as("unique %s", company.name()).isTrue();
			assertThat(company.divisionCode()).startsWith("3101");
			assertThat(people).contains(company.legalRepresentativeId());
			assertThat(company.registeredCapital()).isPositive();
			assertThat(company.status()).isIn("存续", "注销", "吊销");
		}
		assertThat(companies.company(77)).isEqualTo(new SyntheticCompanies(population, 20_000, 2026).company(77));
	}

	@Test
	void standard_addresses_are_unique_in_the_city_and_in_their_grid_cell() {
		org.govhall.exchange.internal.demo.SyntheticAddresses addresses = new org.govhall.exchange.internal.demo.SyntheticAddresses(2026);
		Set<String> seen = new HashSet<>();
		for (long i = 0; i < 20_000; i++) {
			StandardAddress address = addresses.address(i);
			assertThat(seen.add(address.address())).as("unique %s", address.address()).isTrue();
			assertThat(address.address()).startsWith("上海市");
			assertThat(DivisionCodes.standard().find(address.divisionCode()).orElseThrow().parentCode()).isEqualTo("310100");
			assertThat(address.longitude().doubleValue()).isBetween(120.85, 122.2);
			assertThat(address.latitude().doubleValue()).isBetween(30.65, 31.9);
			assertThat(address.gridCell()).matches("SH-\\d+-\\d+");
		}
		assertThat(addresses.address(99)).isEqualTo(new org.govhall.exchange.internal.demo.SyntheticAddresses(2026).address(99));
	}
}
