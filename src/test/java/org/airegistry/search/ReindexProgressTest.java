package org.airegistry.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.search.ReindexProgress.Phase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReindexProgressTest {

	@Test
	@DisplayName("DD098: while the entries are still being counted the progress is 0 (not negative or above 1); "
			+ "once counted it is the share written, at most 1")
	void fractionWhileCounting() {
		ReindexProgress counting = new ReindexProgress(Phase.LOADING, 5_000, ReindexProgress.UNCOUNTED, "index");
		assertThat(counting.counted()).isFalse();
		assertThat(counting.fraction()).isZero();

		ReindexProgress counted = new ReindexProgress(Phase.LOADING, 5_000, 20_000, "index");
		assertThat(counted.counted()).isTrue();
		assertThat(counted.fraction()).isEqualTo(0.25);
		assertThat(new ReindexProgress(Phase.LOADING, 30_000, 20_000, "index").fraction()).isEqualTo(1.0);
		assertThat(new ReindexProgress(Phase.DONE, 0, ReindexProgress.UNCOUNTED, "index").fraction()).isEqualTo(1.0);
	}

}
