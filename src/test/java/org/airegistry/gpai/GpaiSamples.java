package org.airegistry.gpai;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Complete, publishable model data for tests. */
public final class GpaiSamples {

	private GpaiSamples() {
	}

	/** A closed model below the threshold, everything the Act asks for filled in. */
	public static GpaiModelData complete(String name) {
		TrainingContentSummary summary = TrainingContentSummary.empty()
			.toBuilder()
			.modalities(Map.of(Modality.TEXT, SizeBand.MEDIUM))
			.contentTypes("Web pages, books, code")
			.latestAcquisition(LocalDate.of(2026, 3, 1))
			.languages("English, German, French")
			.crawled(true)
			.crawlerNames("ExampleBot, collects public web pages for training")
			.crawlerBehaviour("Respects robots.txt, no paywalls, no captchas")
			.crawlPeriod("2024-01 to 2026-03")
			.topDomains(List.of("wikipedia.org", "example.org"))
			.optOutMeasures("robots.txt and TDMRep honoured")
			.illegalContentMeasures("CSAM hash filtering and classifier-based removal")
			.build();
		return GpaiModelData.named(name)
			.toBuilder()
			.modelVersion("1.0")
			.modelType(ModelType.LANGUAGE)
			.releaseDate(LocalDate.of(2026, 5, 1))
			.distributionChannels("API, downloadable weights")
			.licence("Proprietary")
			.acceptableUsePolicy("https://example.org/aup")
			.intendedTasks("Text generation, summarisation, translation")
			.integrableSystems("Chat assistants, document tools")
			.architecture("Decoder-only transformer")
			.parameterCount(7_000_000_000L)
			.inputModalities(Set.of(Modality.TEXT))
			.outputModalities(Set.of(Modality.TEXT))
			.formatsAndMaxSizes("UTF-8 text, 128k token context window")
			.contextWindowTokens(128_000L)
			.trainingDataDescription("Public web, licensed books; deduplicated and filtered")
			.integrationMeans("REST API and Python SDK")
			.trainingSummary(summary)
			.copyrightPolicy("https://example.org/copyright")
			.codeOfPracticeSignatory(true)
			.markingTechniques(Set.of(MarkingTechnique.METADATA))
			.trainingTokens(2_000_000_000_000L)
			.build();
	}

	/** A model above 10^25 FLOP, notified, with the Art 55 summaries. */
	public static GpaiModelData systemic(String name) {
		return complete(name).toBuilder()
			.parameterCount(400_000_000_000L)
			.trainingTokens(15_000_000_000_000L)
			.trainingComputeFlop(new BigDecimal("3.8E25"))
			.computeMethod("Hardware-based: accelerator-hours x peak throughput x measured utilisation")
			.thresholdMetDate(LocalDate.of(2026, 4, 6))
			.notificationDate(LocalDate.of(2026, 4, 15))
			.systemicRiskStatus(SystemicRiskStatus.NOTIFIED)
			.riskMitigationSummary("Union-level risk assessment with staged release and usage monitoring")
			.evaluationSummary("Benchmarks and dangerous-capability evaluations")
			.adversarialTestingSummary("External red teaming for CBRN and cyber")
			.incidentContact("incidents@example.org")
			.cybersecuritySummary("Weights in HSM-backed storage, access logging")
			.build();
	}

}
