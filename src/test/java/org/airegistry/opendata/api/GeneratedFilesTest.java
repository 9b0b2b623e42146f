package org.airegistry.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.airegistry.opendata.OpenDataRevision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Open data files are written once per revision of the public data. */
class GeneratedFilesTest {

	final PublicDataChanges changes = mock(PublicDataChanges.class);

	@Test
	@DisplayName("A download is written once per revision and again after a change; the old file goes")
	void oncePerRevision() throws IOException {
		when(changes.current()).thenReturn(new OpenDataRevision(7, Instant.parse("2026-12-01T10:00:00Z")));
		GeneratedFiles files = new GeneratedFiles(changes);
		try {
			AtomicInteger writes = new AtomicInteger();
			GeneratedFiles.Content content = out -> {
				writes.incrementAndGet();
				out.write(("revision content " + writes.get()).getBytes(StandardCharsets.UTF_8));
			};
			GeneratedFiles.File first = files.file("entries.csv", "https://registry.example", content);
			GeneratedFiles.File again = files.file("entries.csv", "https://registry.example", content);
			assertThat(writes).hasValue(1);
			assertThat(again).isEqualTo(first);
			assertThat(Files.readString(first.plain())).isEqualTo("revision content 1");
			assertThat(first.lastModified()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));

			GeneratedFiles.File otherHost = files.file("entries.csv", "https://other.example", content);
			assertThat(writes).as("links carry the address").hasValue(2);
			assertThat(otherHost.etag()).isNotEqualTo(first.etag());

			when(changes.current()).thenReturn(new OpenDataRevision(8, Instant.parse("2026-12-01T11:00:00Z")));
			GeneratedFiles.File changed = files.file("entries.csv", "https://registry.example", content);
			assertThat(writes).hasValue(3);
			assertThat(changed.etag()).isNotEqualTo(first.etag());
			assertThat(Files.exists(first.plain())).as("the previous revision is removed").isFalse();
		}
		finally {
			files.destroy();
		}
	}

	@Test
	@DisplayName("A feed is generated once per revision")
	void textOncePerRevision() throws IOException {
		when(changes.current()).thenReturn(new OpenDataRevision(3, Instant.parse("2026-12-01T10:00:00Z")));
		GeneratedFiles files = new GeneratedFiles(changes);
		try {
			AtomicInteger writes = new AtomicInteger();
			files.text("entries.atom", "https://registry.example", () -> "feed " + writes.incrementAndGet());
			GeneratedFiles.Text text = files.text("entries.atom", "https://registry.example",
					() -> "feed " + writes.incrementAndGet());
			assertThat(text.content()).isEqualTo("feed 1");
			when(changes.current()).thenReturn(new OpenDataRevision(4, Instant.parse("2026-12-01T11:00:00Z")));
			assertThat(files.text("entries.atom", "https://registry.example", () -> "feed " + writes.incrementAndGet())
				.content()).isEqualTo("feed 2");
		}
		finally {
			files.destroy();
		}
	}

}
