package org.airegistry.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegistrationNumbersTest {

	@Test
	@DisplayName("Art 49(4): the public series counts up; the non-public one is random and looks different")
	void series() {
		assertThat(RegistrationNumbers.publicNumber(1)).isEqualTo("AIR-000001");
		assertThat(RegistrationNumbers.publicNumber(1_234_567)).isEqualTo("AIR-1234567")
			.matches(RegistrationNumbers.PUBLIC);
		Random random = new Random(42);
		Set<String> numbers = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String number = RegistrationNumbers.nonPublicNumber(random);
			assertThat(number).matches(RegistrationNumbers.NON_PUBLIC).doesNotMatch(RegistrationNumbers.PUBLIC);
			numbers.add(number);
		}
		assertThat(numbers).hasSize(1000);
	}

	@Test
	@DisplayName("Numbers typed by people are found whatever their case")
	void parse() {
		assertThat(RegistrationNumbers.parse(" air-000012 ")).contains("AIR-000012");
		assertThat(RegistrationNumbers.parse("air-r-7kq3m9zd")).contains("AIR-R-7KQ3M9ZD");
		assertThat(RegistrationNumbers.parse("AIR-R-7KQ3M9ZO")).as("no O in Crockford base 32").isEmpty();
		assertThat(RegistrationNumbers.parse("recruiting")).isEmpty();
	}

}
