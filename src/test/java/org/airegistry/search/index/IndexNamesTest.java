package org.airegistry.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

	@Test
	@DisplayName("Reads go through registry-entries, writes through registry-entries-write, data lives in versioned indices")
	void standardNames() {
		IndexNames names = IndexNames.standard();

		assertThat(names.readAlias()).isEqualTo("registry-entries");
		assertThat(names.writeAlias()).isEqualTo("registry-entries-write");
		assertThat(names.initialIndex()).isEqualTo("registry-entries-v4-000001");
		assertThat(names.reindexTarget(Instant.parse("2025-03-04T05:06:07.089Z")))
			.isEqualTo("registry-entries-v4-20250304-050607-089");
	}

	@Test
	@DisplayName("A prefix keeps several index sets apart on one cluster; it must be a valid index name part")
	void prefix() {
		assertThat(IndexNames.withPrefix("it-1-").readAlias()).isEqualTo("it-1-registry-entries");
		assertThatIllegalArgumentException().isThrownBy(() -> IndexNames.withPrefix("Upper-"));
		assertThatIllegalArgumentException().isThrownBy(() -> IndexNames.withPrefix("-x"));
	}

}
