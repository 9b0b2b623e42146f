package org.airegistry.search.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Names of the registry-entries index: the read alias searches use, the write alias the
 * indexer uses, and the prefix of the concrete, versioned indices behind them. A prefix
 * (e.g. per test) keeps several sets apart on one cluster.
 *
 * @param readAlias what searches read ({@code registry-entries})
 * @param writeAlias what the indexer writes to ({@code registry-entries-write})
 * @param concretePrefix start of every concrete index name ({@code registry-entries-v4-})
 */
public record IndexNames(String readAlias, String writeAlias, String concretePrefix) {

	/**
	 * Version of the index definition, matching {@link RegistryEntriesIndex#DEFINITION}.
	 */
	public static final int DEFINITION_VERSION = 4;

	private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*|");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	/** The production names. */
	public static IndexNames standard() {
		return withPrefix("");
	}

	/**
	 * Names that all start with the prefix.
	 * @param prefix lower-case letters, digits, {@code -} and {@code _}; may be empty
	 */
	public static IndexNames withPrefix(String prefix) {
		if (!PREFIX.matcher(prefix).matches()) {
			throw new IllegalArgumentException(
					"Index prefix must be lower-case letters, digits, - or _ (starting with a letter or digit): "
							+ prefix);
		}
		return new IndexNames(prefix + "registry-entries", prefix + "registry-entries-write",
				prefix + "registry-entries-v" + DEFINITION_VERSION + "-");
	}

	/** The concrete index created when none exists. */
	public String initialIndex() {
		return concretePrefix + "000001";
	}

	/** A new concrete index for a reindex started at the given time. */
	public String reindexTarget(Instant now) {
		return concretePrefix + TIMESTAMP.format(now);
	}

}
