package org.airegistry.registry.persistence;

import static org.airegistry.db.Tables.AI_SYSTEM_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.airegistry.publication.CanonicalJson;
import org.airegistry.registry.AiSystemId;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicEntryDigest;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryService;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole register read as digests in one pass (DD094): every latest public version once,
 * in pages of at most the page size, each the digest of the whole version, on both
 * databases.
 */
class LatestDigestsIT {

	abstract static class OnePass {

		@Autowired
		RegistryQueries registry;

		@Autowired
		TestData testData;

		@Autowired
		RegistryService registryService;

		@Autowired
		DSLContext dsl;

		@Test
		@DisplayName("Every latest public version arrives once, in pages of at most the page size, as the digest of the "
				+ "whole version (version 1's publication time for a changed entry)")
		void everyEntryOnce() {
			var provider = testData.provider();
			for (int i = 0; i < 16; i++) {
				testData.publish(provider, TestData.sample(TestData.uniqueWord("Digest")));
			}
			String changed = testData.publish(provider, TestData.sample(TestData.uniqueWord("Changed")));
			AiSystemId changedId = registry.findLatest(changed).orElseThrow().id();
			testData.run(provider, () -> {
				DraftEntry saved = registryService.saveDraft(changedId, registryService.open(changedId).lockVersion(),
						TestData.sample(TestData.uniqueWord("Renamed")));
				registryService.publish(changedId, saved.lockVersion(), "Renamed");
			});
			Map<String, PublicEntryDigest> whole = new HashMap<>();
			registry.forEachLatest(7,
					page -> page.forEach(entry -> whole.put(entry.registrationNumber(), PublicEntryDigest.of(entry))));

			Map<String, PublicEntryDigest> digests = new HashMap<>();
			List<Integer> pageSizes = new ArrayList<>();
			registry.forEachLatestDigest(7, page -> {
				pageSizes.add(page.size());
				page.forEach(digest -> assertThat(digests.put(digest.registrationNumber(), digest)).isNull());
			});

			assertThat(whole).hasSizeGreaterThanOrEqualTo(17);
			assertThat(digests).isEqualTo(whole);
			assertThat(pageSizes).allSatisfy(size -> assertThat(size).isBetween(1, 7));
			PublicEntryDigest renamed = digests.get(changed);
			PublicEntry first = registry.findVersion(changed, 1).orElseThrow();
			assertThat(renamed.version()).isEqualTo(2);
			assertThat(renamed.firstPublishedAt()).isEqualTo(first.publishedAt())
				.isBefore(renamed.publishedAt())
				.isEqualTo(first.firstPublishedAt());
		}

		@Test
		@DisplayName("Texts in any script arrive as written: the stored JSON is read as its UTF-8 bytes (DD096)")
		void textsInAnyScript() {
			var provider = testData.provider();
			String name = TestData.uniqueWord("Prüfassistent") + " – Ελέγχος Проверка 検査 😀";
			String purpose = "Évalue les candidatures « équitablement »; prüft Anträge; \"quoted\" \\ back\tslash 𝔘.";
			String number = testData.publish(provider,
					TestData.sample(name).withIntendedPurpose(purpose).withLanguage(ContentLanguage.FR));

			Map<String, PublicEntryDigest> digests = new HashMap<>();
			registry.forEachLatestDigest(50, page -> page.forEach(d -> digests.put(d.registrationNumber(), d)));

			PublicEntryDigest digest = digests.get(number);
			assertThat(digest.content().tradeName()).isEqualTo(name);
			assertThat(digest.content().intendedPurpose()).isEqualTo(purpose);
			assertThat(digest).isEqualTo(PublicEntryDigest.of(registry.findLatest(number).orElseThrow()));
		}

		@Test
		@DisplayName("Each version keeps its digest's properties as canonical JSON when it is published (DD097)")
		void digestKeptAtPublication() {
			String number = testData.publish(testData.provider(), TestData.sample(TestData.uniqueWord("Kept")));
			PublicEntry entry = registry.findLatest(number).orElseThrow();

			assertThat(storedDigest(entry)).isEqualTo(CanonicalJson.write(PublicEntryDigest.Content.of(entry.data())))
				.doesNotContain("componentsAndFunctions");
		}

		@Test
		@DisplayName("A version stored before digests were kept (none in its row) is read from its whole JSON alike")
		void versionWithoutDigest() {
			String number = testData.publish(testData.provider(), TestData.sample(TestData.uniqueWord("Older")));
			PublicEntry entry = registry.findLatest(number).orElseThrow();
			forgetDigest(entry);

			assertThat(storedDigest(entry)).isNull();
			assertThat(digests().get(number)).isEqualTo(PublicEntryDigest.of(entry));
		}

		Map<String, PublicEntryDigest> digests() {
			Map<String, PublicEntryDigest> digests = new HashMap<>();
			registry.forEachLatestDigest(50, page -> page.forEach(d -> digests.put(d.registrationNumber(), d)));
			return digests;
		}

		@Nullable String storedDigest(PublicEntry entry) {
			return dsl.select(AI_SYSTEM_VERSION.DIGEST)
				.from(AI_SYSTEM_VERSION)
				.where(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(entry.id().value()))
				.and(AI_SYSTEM_VERSION.VERSION_NUMBER.eq(entry.version()))
				.fetchSingle(AI_SYSTEM_VERSION.DIGEST);
		}

		void forgetDigest(PublicEntry entry) {
			dsl.update(AI_SYSTEM_VERSION)
				.setNull(AI_SYSTEM_VERSION.DIGEST)
				.where(AI_SYSTEM_VERSION.AI_SYSTEM_ID.eq(entry.id().value()))
				.execute();
		}

	}

	@Nested
	@PostgresTest
	class OnPostgres extends OnePass {

		@Test
		@DisplayName("The PostgreSQL migration V262_1 fills in the digest of versions stored without one, equal to "
				+ "the one kept at publication")
		void migrationFillsDigests() throws Exception {
			var provider = testData.provider();
			String plain = testData.publish(provider, TestData.sample(TestData.uniqueWord("Filled")));
			String unusual = testData.publish(provider, TestData.sample(TestData.uniqueWord("Prüfung") + " 検査 😀")
				.withIntendedPurpose("« Évalue » \"quoted\" \\ back\tslash."));
			Map<String, String> kept = new HashMap<>();
			for (String number : List.of(plain, unusual)) {
				PublicEntry entry = registry.findLatest(number).orElseThrow();
				kept.put(number, storedDigest(entry));
				forgetDigest(entry);
			}

			String fill = new String(
					getClass().getResourceAsStream("/db/migration/postgresql/V262_1__fill_entry_version_digests.sql")
						.readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			dsl.execute(fill);

			Map<String, PublicEntryDigest> digests = digests();
			for (String number : List.of(plain, unusual)) {
				PublicEntry entry = registry.findLatest(number).orElseThrow();
				String filled = storedDigest(entry);
				assertThat(filled).isNotNull();
				assertThat(CanonicalJson.read(filled, PublicEntryDigest.Content.class))
					.isEqualTo(CanonicalJson.read(kept.get(number), PublicEntryDigest.Content.class))
					.isEqualTo(PublicEntryDigest.Content.of(entry.data()));
				assertThat(digests.get(number)).isEqualTo(PublicEntryDigest.of(entry));
			}
		}

	}

	@Nested
	@H2Test
	class OnH2 extends OnePass {

	}

}
