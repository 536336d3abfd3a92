package org.govhall.licence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LicenceIdentifierTests {

	private static final String STANDARD_EXAMPLE = "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U";

	@Test
	void theStandardsExampleIsReadWithItsParts() {
		LicenceIdentifier id = LicenceIdentifier.parse(STANDARD_EXAMPLE).orElseThrow();
		assertThat(id.typeCode()).isEqualTo("11100000000013338W011");
		assertThat(id.issuerCode()).isEqualTo("11430000006122244L");
		assertThat(id.serial()).isEqualTo("20230000403");
		assertThat(id.version()).isEqualTo(1);
	}

	@Test
	void anIdentifierIsWrittenWithTheCheckCharacterOfTheStandardsExample() {
		assertThat(new LicenceIdentifier("11100000000013338W011", "11430000006122244L", "20230000403", 1))
			.hasToString(STANDARD_EXAMPLE);
	}

	@Test
	void everyOtherCheckCharacterIsRefused() {
		String body = STANDARD_EXAMPLE.substring(0, STANDARD_EXAMPLE.length() - 1);
		long accepted = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".chars()
			.filter(c -> LicenceIdentifier.parse(body + (char) c).isPresent()).count();
		assertThat(accepted).isEqualTo(1);
	}

	@Test
	void aChangedCharacterOrTwoSwappedCharactersAreCaught() {
		assertThat(LicenceIdentifier.parse(STANDARD_EXAMPLE.replace("20230000403", "20230000404"))).isEmpty();
		assertThat(LicenceIdentifier.parse(STANDARD_EXAMPLE.replace("20230000403", "20230004003"))).isEmpty();
	}

	@Test
	void lowerCaseAndSurroundingSpaceAreForgivenButOtherFormsAreNot() {
		assertThat(LicenceIdentifier.parse("  " + STANDARD_EXAMPLE.toLowerCase() + " ")).isPresent();
		assertThat(LicenceIdentifier.parse(STANDARD_EXAMPLE.replace("1.2.156.3005.2.", "1.2.156.3005.1."))).isEmpty();
		assertThat(LicenceIdentifier.parse("11100000000013338W01111430000006122244L20230000403001U")).isEmpty();
		assertThat(LicenceIdentifier.parse(null)).isEmpty();
	}
}
