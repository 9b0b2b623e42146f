package org.airegistry.demo;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiService;
import org.airegistry.gpai.MarkingTechnique;
import org.airegistry.gpai.Modality;
import org.airegistry.gpai.ModelType;
import org.airegistry.gpai.SizeBand;
import org.airegistry.gpai.SystemicRiskStatus;
import org.airegistry.gpai.TrainingContentSummary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.airegistry.demo.persistence.DemoRepository;
import org.airegistry.publication.Draft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two demo GPAI model pages, created once after the demo accounts exist (after every
 * application runner, so after the demo module's data): an open-source model below the
 * threshold and a systemic-risk model with two versions.
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
class GpaiDemoData {

	static final String OPEN_MODEL = "Aurora 7B";

	static final String SYSTEMIC_MODEL = "Helix Ultra";

	private static final Logger log = LoggerFactory.getLogger(GpaiDemoData.class);

	private final GpaiService service;

	private final DemoRepository repository;

	private final UserDetailsService users;

	GpaiDemoData(GpaiService service, DemoRepository repository, UserDetailsService users) {
		this.service = service;
		this.repository = repository;
		this.users = users;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		if (repository.gpaiModelNamed(OPEN_MODEL)) {
			return;
		}
		try {
			actAs("provider@nordic.example", () -> publish(open()));
			actAs("provider@acme.example", () -> {
				Draft<GpaiModelId, GpaiModelData> draft = service.createDraft(systemic());
				service.saveTechnicalDocumentation(draft.id(), "https://acme.example/helix/annex-xi (restricted)");
				service.publish(draft.id(), draft.lockVersion(), "");
				Draft<GpaiModelId, GpaiModelData> opened = service.open(draft.id());
				GpaiModelData updated = opened.data()
					.toBuilder()
					.modelVersion("2026-11")
					.contextWindowTokens(1_000_000L)
					.formatsAndMaxSizes("Text, images and audio in; text out. Context window 1,000,000 tokens.")
					.build();
				Draft<GpaiModelId, GpaiModelData> saved = service.saveDraft(draft.id(), opened.lockVersion(), updated);
				service.publish(draft.id(), saved.lockVersion(), "Context window extended to 1M tokens");
			});
			log.info("Demo GPAI models created: {} and {}", OPEN_MODEL, SYSTEMIC_MODEL);
		}
		catch (RuntimeException ex) {
			log.warn("Demo GPAI models not created: {}", ex.getMessage());
		}
	}

	private void publish(GpaiModelData data) {
		Draft<GpaiModelId, GpaiModelData> draft = service.createDraft(data);
		service.publish(draft.id(), draft.lockVersion(), "");
	}

	static GpaiModelData open() {
		TrainingContentSummary summary = TrainingContentSummary.empty()
			.toBuilder()
			.modalities(Map.of(Modality.TEXT, SizeBand.MEDIUM))
			.contentTypes("Web pages, public-domain books, permissively licensed code")
			.latestAcquisition(LocalDate.of(2026, 6, 30))
			.languages("Swedish, Finnish, Danish, Norwegian, English, German")
			.publicDatasets(true)
			.publicDatasetList("Common Crawl (filtered), Wikipedia dumps, The Stack v2 (permissive subset)")
			.crawled(true)
			.crawlerNames("NordBot: collects publicly available Nordic-language web pages for training")
			.crawlerBehaviour("Honours robots.txt and TDMRep; does not pass paywalls, logins or captchas")
			.crawlPeriod("2025-01 to 2026-06")
			.topDomains(List.of("wikipedia.org", "regeringen.se", "yle.fi", "dr.dk", "nrk.no"))
			.optOutMeasures(
					"robots.txt, TDMRep and ai.txt reservations are honoured at crawl time and re-checked before training")
			.illegalContentMeasures(
					"Hash-based CSAM filtering, classifier filtering of illegal hate speech, removal on notice")
			.build();
		return GpaiModelData.named(OPEN_MODEL)
			.toBuilder()
			.modelVersion("1.1")
			.modelType(ModelType.LANGUAGE)
			.releaseDate(LocalDate.of(2026, 7, 15))
			.distributionChannels("Downloadable weights on a public model hub; hosted API")
			.licence("Apache-2.0")
			.openSource(true)
			.acceptableUsePolicy("https://nordic.example/aurora/acceptable-use")
			.intendedTasks("Text generation, summarisation and translation for Nordic languages")
			.integrableSystems("Chat assistants, document processing, search")
			.architecture("Decoder-only transformer, 32 layers, grouped-query attention")
			.parameterCount(7_200_000_000L)
			.inputModalities(Set.of(Modality.TEXT))
			.outputModalities(Set.of(Modality.TEXT))
			.formatsAndMaxSizes("UTF-8 text; context window 32,768 tokens")
			.contextWindowTokens(32_768L)
			.trainingDataDescription("Filtered public web, public-domain books and permissive code; deduplicated")
			.integrationMeans("Weights in safetensors format; OpenAI-compatible HTTP API")
			.trainingSummary(summary)
			.copyrightPolicy("https://nordic.example/aurora/copyright-policy")
			.codeOfPracticeSignatory(true)
			.markingTechniques(Set.of(MarkingTechnique.METADATA))
			.detectionTools("None for text")
			.trainingTokens(4_000_000_000_000L)
			.build();
	}

	static GpaiModelData systemic() {
		TrainingContentSummary summary = open().trainingSummary()
			.toBuilder()
			.modalities(Map.of(Modality.TEXT, SizeBand.LARGE, Modality.IMAGE, SizeBand.LARGE, Modality.AUDIO,
					SizeBand.MEDIUM))
			.contentTypes("Web pages, books, code, images with captions, transcribed speech")
			.languages("More than 40 languages")
			.licensedData(true)
			.licensedDataDescription("News archives and stock images licensed from rightholders")
			.crawlerNames("HelixCrawler: collects public web content for model training")
			.topDomains(List.of("wikipedia.org", "github.com", "arxiv.org", "stackoverflow.com"))
			.syntheticData(true)
			.syntheticDataDescription("Synthetic maths and code data generated by earlier Helix models")
			.userData(true)
			.userDataDescription("Opt-in conversations from the Helix consumer app")
			.build();
		return GpaiModelData.named(SYSTEMIC_MODEL)
			.toBuilder()
			.modelVersion("2026-09")
			.modelType(ModelType.MULTIMODAL)
			.releaseDate(LocalDate.of(2026, 9, 1))
			.distributionChannels("Hosted API and enterprise cloud marketplaces")
			.licence("Proprietary")
			.acceptableUsePolicy("https://acme.example/helix/acceptable-use")
			.basedOnModel("")
			.intendedTasks("General assistance, coding, document and image understanding, speech input")
			.integrableSystems("Assistants, agents with tool use, enterprise search")
			.interaction("Tool calling via JSON schema; runs on provider infrastructure only")
			.architecture("Mixture-of-experts transformer with vision and audio encoders")
			.parameterCount(400_000_000_000L)
			.inputModalities(Set.of(Modality.TEXT, Modality.IMAGE, Modality.AUDIO))
			.outputModalities(Set.of(Modality.TEXT))
			.formatsAndMaxSizes("Text, images and audio in; text out. Context window 200,000 tokens.")
			.contextWindowTokens(200_000L)
			.trainingDataDescription("Web, licensed and synthetic data; multi-stage quality filtering")
			.integrationMeans("REST API, SDKs for Python and Java")
			.trainingSummary(summary)
			.copyrightPolicy("https://acme.example/helix/copyright-policy")
			.codeOfPracticeSignatory(true)
			.markingTechniques(Set.of(MarkingTechnique.WATERMARK, MarkingTechnique.CRYPTOGRAPHIC_PROVENANCE))
			.detectionTools("Public watermark detection API")
			.trainingTokens(16_000_000_000_000L)
			.trainingComputeFlop(new BigDecimal("3.8E25"))
			.computeMethod("Hardware-based: accelerator-hours × peak throughput × measured utilisation, "
					+ "checked against 6 × parameters × tokens")
			.thresholdMetDate(LocalDate.of(2026, 6, 8))
			.notificationDate(LocalDate.of(2026, 6, 17))
			.systemicRiskStatus(SystemicRiskStatus.NOTIFIED)
			.riskMitigationSummary("Union-level systemic-risk assessment before each release, staged roll-out, "
					+ "usage monitoring and misuse reporting channel")
			.evaluationSummary("Capability benchmarks and dangerous-capability evaluations before each release")
			.adversarialTestingSummary("Internal and external red teaming on CBRN, cyber-offence and manipulation")
			.incidentContact("ai-incidents@acme.example")
			.cybersecuritySummary(
					"Weights encrypted at rest, access via hardware security modules, insider-threat controls")
			.build();
	}

	private void actAs(String email, Runnable action) {
		DemoLogin.actAs(users, email, action);
	}

}
