package org.airegistry.search.index;

import org.airegistry.search.index.persistence.CorpusWordCounts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import org.airegistry.moderation.Moderation;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.search.embedded.ElasticsearchReadiness;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The corpus words kept at publication (DD039) on PostgreSQL, through the services and
 * the outbox: they equal a full recount after a mixed sequence of publications, and the
 * index a reindex builds from them equals the one built by counting every entry first.
 */
@PostgresTest
class CorpusWordCountsIT {

	@Autowired
	TestData testData;

	@Autowired
	RegistryService registryService;

	@Autowired
	RegistryQueries registry;

	@Autowired
	Moderation moderation;

	@Autowired
	CorpusWordCounts counts;

	@Autowired
	ElasticsearchClient client;

	@Autowired
	ElasticsearchReadiness readiness;

	@Autowired
	ObjectProvider<DeploymentFacts.Source> deployments;

	@Value("${spring.elasticsearch.uris}")
	String uris;

	static EntryData german(String name, String purpose) {
		return TestData.sample(name).withLanguage(ContentLanguage.DE).withIntendedPurpose(purpose);
	}

	static EntryData restricted(EntryData data) {
		return data.withAnnexIIIPoint(AnnexIIIPoint.P6B, false).minimisedForRestrictedSection();
	}

	/** A new version of the provider's entry. */
	void republish(TestUser provider, AiSystemId id, EntryData data) {
		testData.run(provider, () -> {
			DraftEntry saved = registryService.saveDraft(id, registryService.open(id).lockVersion(), data);
			registryService.publish(id, saved.lockVersion(), "Changed");
		});
	}

	Map<String, Map<String, Integer>> kept() {
		return counts.readAll().counts();
	}

	Map<String, Map<String, Integer>> recounted() {
		return CorpusWords.counting(registry).read().counts();
	}

	@Test
	@DisplayName("After new versions, a suspension and its lifting, a move to the non-public section and a change of "
			+ "language the kept counts equal a full recount, and words no public version uses any more are gone")
	void keptCountsEqualARecount() {
		counts.recount();
		assertThat(kept()).isEqualTo(recounted());

		TestUser provider = testData.provider();
		TestUser regulator = testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
		String replaced = TestData.uniqueWord("Ersetzt");
		String kept = TestData.uniqueWord("Bleibt");
		String suspended = TestData.uniqueWord("Ruht");
		String hidden = TestData.uniqueWord("Verborgen");
		String dutch = TestData.uniqueWord("Planning");

		// a German entry, then a new version that replaces one of its words
		String first = testData.publish(provider,
				german("Schichtplaner " + replaced, "Plant Schichten im Krankenhaus " + replaced + " " + kept));
		AiSystemId firstId = registry.findLatest(first).orElseThrow().id();
		republish(provider, firstId, german("Schichtplaner " + kept, "Plant Schichten im Krankenhaus " + kept));
		// a second German entry, suspended, then the suspension lifted, then suspended
		// again
		String second = testData.publish(provider,
				german("Dienstplaner " + suspended, "Plant Dienste im Krankenhaus " + suspended));
		testData.run(regulator, () -> moderation.suspend(second, "Under investigation."));
		UUID suspension = moderation.suspension(second).orElseThrow().id();
		testData.run(regulator, () -> moderation.close(suspension));
		testData.run(regulator, () -> moderation.suspend(second, "Under investigation again."));
		// a third, moved to the non-public section by its next version
		String third = testData.publish(provider, german("Grenzplaner " + hidden, "Plant Kontrollen " + hidden));
		republish(provider, registry.findLatest(third).orElseThrow().id(),
				restricted(german("Grenzplaner " + hidden, "Plant Kontrollen " + hidden)));
		// an English entry rewritten in Dutch
		String fourth = testData.publish(provider, TestData.sample("Rooster " + dutch));
		republish(provider, registry.findLatest(fourth).orElseThrow().id(),
				TestData.sample("Rooster " + dutch)
					.withLanguage(ContentLanguage.NL)
					.withIntendedPurpose("Maakt roosters voor ziekenhuizen " + dutch));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(kept()).isEqualTo(recounted()));
		Map<String, Map<String, Integer>> now = kept();
		assertThat(now.get("de")).containsEntry(low(kept), 2)
			.doesNotContainKey(low(replaced))
			.doesNotContainKey(low(suspended))
			.doesNotContainKey(low(hidden));
		assertThat(now.get("nl")).containsEntry(low(dutch), 2);
	}

	@Test
	@DisplayName("A reindex from the kept words builds the same index (definition and documents) as one that counts "
			+ "every entry before creating its index")
	void sameIndexEitherWay() throws Exception {
		TestUser provider = testData.provider();
		for (int i = 0; i < 3; i++) {
			String word = TestData.uniqueWord("Gleich");
			testData.publish(provider, german("Pflegeplaner " + word, "Plant Pflegeeinsaetze " + word + " " + word));
		}
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(kept()).isEqualTo(recounted()));
		String prefix = "corpus-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		RegistryEntriesIndex fromKept = new RegistryEntriesIndex(client, readiness,
				IndexNames.withPrefix(prefix + "kept-"));
		RegistryEntriesIndex fromCount = new RegistryEntriesIndex(client, readiness,
				IndexNames.withPrefix(prefix + "count-"));
		DeploymentFacts.Source facts = deployments.getIfAvailable(() -> DeploymentFacts.Source.NONE);
		try {
			String kept = new RegistryEntriesReindexer(fromKept, registry, Clock.systemUTC(), facts, 2, 2, counts)
				.reindexAll()
				.index();
			String counted = new RegistryEntriesReindexer(fromCount, registry, Clock.systemUTC(), facts, 2, 2,
					CorpusWords.counting(registry))
				.reindexAll()
				.index();

			assertThat(analysis(kept)).isEqualTo(analysis(counted));
			assertThat(analysis(kept).toString()).as("the kept words are in the definition").contains("pflegeplaner");
			assertThat(mappings(kept)).isEqualTo(mappings(counted));
			Map<String, String> keptDocuments = documents(kept);
			assertThat(keptDocuments).hasSize((int) registry.countPublished()).isEqualTo(documents(counted));
		}
		finally {
			for (String name : client.indices().get(g -> g.index(prefix + "*")).indices().keySet()) {
				client.indices().delete(d -> d.index(name));
			}
		}
	}

	/**
	 * The analysis part of an index's settings (where the corpus words go), as the node
	 * sends it (the client's typed settings leave out the plugin's filter options).
	 */
	private JsonObject analysis(String index) throws Exception {
		return json(index, "_settings").getJsonObject("settings").getJsonObject("index").getJsonObject("analysis");
	}

	/** An index's mappings, as the node sends them. */
	private JsonObject mappings(String index) throws Exception {
		return json(index, "_mapping").getJsonObject("mappings");
	}

	private JsonObject json(String index, String endpoint) throws Exception {
		URI node = URI.create(uris.split(",")[0].strip());
		String body = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(node.resolve("/" + index + "/" + endpoint)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		try (JsonParser parser = client._jsonpMapper().jsonProvider().createParser(new StringReader(body))) {
			parser.next();
			return parser.getObject().getJsonObject(index);
		}
	}

	/** Every document of an index: its id, external version and source. */
	@SuppressWarnings("rawtypes")
	private Map<String, String> documents(String index) throws Exception {
		client.indices().refresh(r -> r.index(index));
		Map<String, String> documents = new HashMap<>();
		List<Hit<Map>> hits = client
			.search(s -> s.index(index).size(10_000).version(true).query(q -> q.matchAll(m -> m)), Map.class)
			.hits()
			.hits();
		for (Hit<Map> hit : hits) {
			documents.put(hit.id(), hit.version() + " " + hit.source());
		}
		return documents;
	}

	private static String low(String word) {
		return word.toLowerCase(java.util.Locale.ROOT);
	}

}
