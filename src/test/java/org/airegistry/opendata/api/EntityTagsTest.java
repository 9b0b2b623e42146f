package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The API's entity tags (DD036) keep Spring's values after DD029's cheaper digest. */
class EntityTagsTest {

	final OpenDataCaching.EntityTags tags = new OpenDataCaching.EntityTags();

	@Test
	@DisplayName("The same bytes give Spring's tag, weak or strong, so tags clients kept still revalidate")
	void sameTagsAsSpring() throws Exception {
		byte[] answer = "{\"query\":\"Häuser\",\"hits\":[]}".repeat(700).getBytes(StandardCharsets.UTF_8);
		for (boolean weak : new boolean[] { true, false }) {
			assertThat(tags.generateETagHeaderValue(new ByteArrayInputStream(answer), weak))
				.isEqualTo(tags.springValue(new ByteArrayInputStream(answer), weak))
				.startsWith(weak ? "W/\"0" : "\"0");
		}
		assertThat(tags.generateETagHeaderValue(new ByteArrayInputStream(new byte[0]), true))
			.isEqualTo(tags.springValue(new ByteArrayInputStream(new byte[0]), true));
	}

	@Test
	@DisplayName("Different answers get different tags")
	void differentAnswersDiffer() throws Exception {
		assertThat(tags.generateETagHeaderValue(new ByteArrayInputStream("{\"total\":1}".getBytes()), true))
			.isNotEqualTo(tags.generateETagHeaderValue(new ByteArrayInputStream("{\"total\":2}".getBytes()), true));
	}

}
