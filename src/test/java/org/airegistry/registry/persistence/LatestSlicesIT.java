package org.airegistry.registry.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/** A full read of the latest public versions can be shared by several readers. */
@PostgresTest
class LatestSlicesIT {

	@Autowired
	RegistryQueries registry;

	@Autowired
	TestData testData;

	@Autowired
	BulkEntryPublisher bulk;

	@Test
	@DisplayName("The slices of the latest public versions are disjoint and together are all of them")
	void slicesCoverEverythingOnce() {
		List<org.airegistry.registry.EntryData> contents = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			contents.add(TestData.sample(TestData.uniqueWord("Slice")));
		}
		testData.as(testData.provider(), () -> bulk.publish(contents));
		Set<String> all = new HashSet<>();
		registry.forEachLatest(7, page -> page.forEach(entry -> all.add(entry.registrationNumber())));

		List<String> sliced = new ArrayList<>();
		for (int slice = 0; slice < 3; slice++) {
			registry.forEachLatest(7, slice, 3,
					page -> page.stream().map(PublicEntry::registrationNumber).forEach(sliced::add));
		}

		assertThat(all).hasSizeGreaterThanOrEqualTo(40);
		assertThat(sliced).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
	}

	@Test
	@DisplayName("Slices cut the ids' 128 bits into equal unsigned ranges")
	void sliceBoundaries() {
		assertThat(AiSystemRepository.sliceStart(0, 2)).isEqualTo(new UUID(0, 0));
		assertThat(AiSystemRepository.sliceStart(1, 2))
			.isEqualTo(UUID.fromString("80000000-0000-0000-0000-000000000000"));
		assertThat(AiSystemRepository.sliceStart(1, 4))
			.isEqualTo(UUID.fromString("40000000-0000-0000-0000-000000000000"));
		assertThat(AiSystemRepository.sliceStart(3, 4))
			.isEqualTo(UUID.fromString("c0000000-0000-0000-0000-000000000000"));
	}

}
