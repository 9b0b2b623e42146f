package org.airegistry.demo;

import org.airegistry.gpai.GpaiRules;
import org.airegistry.gpai.SystemicRiskStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The demo models are publishable as they are, and one of them has systemic risk. */
class GpaiDemoDataTest {

	@Test
	@DisplayName("Art 51(2), 53(2): the demo models pass the publication rules")
	void publishable() {
		GpaiRules.Context context = new GpaiRules.Context(true, SystemicRiskStatus.NONE, LocalDate.of(2026, 11, 27),
				false);
		assertThat(GpaiRules.publicationProblems(GpaiDemoData.open(), context)).isEmpty();
		assertThat(GpaiRules.publicationProblems(GpaiDemoData.systemic(), context)).isEmpty();
		assertThat(GpaiDemoData.open().openSourceExempt()).isTrue();
		assertThat(GpaiDemoData.systemic().systemicRisk()).isTrue();
	}

}
