package org.airegistry.publication;

import java.util.List;

import org.airegistry.shared.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * What publishing a saved draft would do, for the confirmation every editor asks before
 * an irreversible publication (issue 21): the problems that would refuse it, and the
 * version it would replace.
 *
 * @param problems what would refuse the publication (empty: it can go ahead)
 * @param published the latest published version, {@code null} for a first publication
 * @param <D> the kind's content
 */
public record PublishPreview<D>(List<FieldError> problems, @Nullable PublishedVersion<D> published) {

	public PublishPreview {
		problems = List.copyOf(problems);
	}

	/** Whether the draft would be published for the first time. */
	public boolean first() {
		return published == null;
	}

}
