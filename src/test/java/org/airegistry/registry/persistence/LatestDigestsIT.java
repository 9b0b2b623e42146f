package org.airegistry.registry.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	}

	@Nested
	@PostgresTest
	class OnPostgres extends OnePass {

	}

	@Nested
	@H2Test
	class OnH2 extends OnePass {

	}

}
