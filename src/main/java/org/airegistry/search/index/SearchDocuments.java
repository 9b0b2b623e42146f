package org.airegistry.search.index;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.airegistry.registry.PublicEntry;
import org.airegistry.registry.PublicEntryDigest;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search document of an entry's latest public version, as the JSON source the index
 * stores (written field by field, so the document does not depend on a JSON mapper's
 * settings).
 */
public final class SearchDocuments {

	public static final String REGISTRATION_NUMBER = "registration_number";

	public static final String TRADE_NAME = "trade_name";

	public static final String TRADE_NAME_SORT = "trade_name.sort";

	public static final String TRADE_NAME_SUGGEST = "trade_name_suggest";

	public static final String INTENDED_PURPOSE = "intended_purpose";

	public static final String PROVIDER_NAME = "provider_name";

	public static final String PROVIDER_ID = "provider_id";

	public static final String PROVIDER_NAME_RAW = "provider_name.raw";

	public static final String PROVIDER_NAME_SUGGEST = "provider_name_suggest";

	public static final String LANGUAGE = "language";

	/**
	 * The trade name and purpose analysed in the entry's own language:
	 * {@code lang.<code>.name} and {@code lang.<code>.purpose} (only the entry's language
	 * is filled).
	 */
	public static final String LANG = "lang";

	public static final String LANG_NAMES = LANG + ".*.name";

	public static final String LANG_PURPOSES = LANG + ".*.purpose";

	/** The purpose's key terms as concepts of the search vocabulary, any language. */
	public static final String PURPOSE_CONCEPTS = "intended_purpose.concepts";

	public static final String ANNEX_III_AREA = "annex_iii_area";

	public static final String ANNEX_III_POINT = "annex_iii_point";

	public static final String CLASSIFICATION = "classification";

	public static final String STATUS = "status";

	public static final String DEPLOYER_NAMES = "deployer_names";

	public static final String HAS_FRIA = "has_fria";

	public static final String MEMBER_STATES = "member_states";

	public static final String VERSION = "version";

	public static final String FIRST_PUBLISHED_AT = "first_published_at";

	public static final String PUBLISHED_AT = "published_at";

	/** Plain JSON: what is written is exactly what the rule below writes. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> SOURCE = new TypeReference<>() {
	};

	private SearchDocuments() {
	}

	/** The document id: the entry's id, stable across versions. */
	public static String id(PublicEntry entry) {
		return entry.id().toString();
	}

	/** The document id: the entry's id, stable across versions. */
	public static String id(PublicEntryDigest entry) {
		return entry.id().toString();
	}

	public static Map<String, Object> toSource(PublicEntry entry) {
		return toSource(entry, DeploymentFacts.NONE);
	}

	public static Map<String, Object> toSource(PublicEntry entry, DeploymentFacts deployments) {
		return toSource(PublicEntryDigest.of(entry), deployments);
	}

	/**
	 * The document of {@link #json(PublicEntryDigest, DeploymentFacts)} as plain maps,
	 * lists and values (read back from that JSON: the rule exists once).
	 */
	public static Map<String, Object> toSource(PublicEntryDigest entry, DeploymentFacts deployments) {
		return JSON.readValue(json(entry, deployments), SOURCE);
	}

	/** {@link #json(PublicEntryDigest, DeploymentFacts)} of a whole public version. */
	public static byte[] json(PublicEntry entry, DeploymentFacts deployments) {
		return json(PublicEntryDigest.of(entry), deployments);
	}

	/**
	 * The document of an entry's latest public version as the JSON source the index
	 * stores (UTF-8): the one rule, whether the version was read whole (an update of one
	 * entry) or as a digest (a reindex, DD090). Written straight from the digest, without
	 * a map in between (DD096: a reindex writes a million of them).
	 */
	public static byte[] json(PublicEntryDigest entry, DeploymentFacts deployments) {
		PublicEntryDigest.Content data = entry.content();
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty(REGISTRATION_NUMBER, entry.registrationNumber());
			json.writeStringProperty(TRADE_NAME, data.tradeName());
			json.writeName(TRADE_NAME_SUGGEST);
			suggestion(json, data.tradeName());
			json.writeStringProperty(INTENDED_PURPOSE, data.intendedPurpose());
			json.writeStringProperty(PROVIDER_NAME, entry.providerName());
			json.writeName(PROVIDER_NAME_SUGGEST);
			suggestion(json, entry.providerName());
			json.writeStringProperty(PROVIDER_ID, entry.providerId().toString());
			json.writeStringProperty(LANGUAGE, data.language().name());
			json.writeName(LANG);
			json.writeStartObject();
			json.writeName(AnalysisVocabulary.code(data.language()));
			json.writeStartObject();
			json.writeStringProperty("name", data.tradeName());
			json.writeStringProperty("purpose", data.intendedPurpose());
			json.writeEndObject();
			json.writeEndObject();
			AnnexIIIPoint point = data.annexIIIPoint();
			if (point != null) {
				json.writeStringProperty(ANNEX_III_AREA, Integer.toString(point.area()));
				json.writeStringProperty(ANNEX_III_POINT, point.code());
			}
			// the Annex VIII section: A for high-risk systems (Art 49(1)), B for systems
			// the
			// provider considers not high-risk under Art 6(3) (Art 49(2))
			json.writeStringProperty(CLASSIFICATION, data.classification().name());
			if (data.status() != null) {
				json.writeStringProperty(STATUS, data.status().name());
			}
			json.writeName(DEPLOYER_NAMES);
			strings(json, deployments.deployerNames());
			json.writeBooleanProperty(HAS_FRIA, deployments.hasFria());
			json.writeName(MEMBER_STATES);
			strings(json, data.memberStates().stream().map(Enum::name).sorted().toList());
			json.writeNumberProperty(VERSION, entry.version());
			json.writeStringProperty(FIRST_PUBLISHED_AT, entry.firstPublishedAt().toString());
			json.writeStringProperty(PUBLISHED_AT, entry.publishedAt().toString());
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	/** A completion field's value: the name and its later word starts. */
	private static void suggestion(JsonGenerator json, String name) {
		json.writeStartObject();
		json.writeName("input");
		strings(json, nameStarts(name));
		json.writeEndObject();
	}

	private static void strings(JsonGenerator json, List<String> values) {
		json.writeStartArray();
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	/** Word starts a name is completed from at most. */
	static final int MAX_NAME_STARTS = 8;

	/**
	 * A name and its tails from each later word or word part on, so that typing any part
	 * completes it: "NordCredit Scoring" → "NordCredit Scoring", "Credit Scoring",
	 * "Scoring".
	 */
	static List<String> nameStarts(String name) {
		List<String> starts = new java.util.ArrayList<>();
		String text = name.strip();
		starts.add(text);
		for (int i = 1; i < text.length() && starts.size() < MAX_NAME_STARTS; i++) {
			char previous = text.charAt(i - 1);
			char current = text.charAt(i);
			boolean afterBreak = !Character.isLetterOrDigit(previous) && Character.isLetterOrDigit(current);
			boolean caseChange = Character.isLowerCase(previous) && Character.isUpperCase(current);
			if (afterBreak || caseChange) {
				starts.add(text.substring(i));
			}
		}
		return starts;
	}

	public static String text(Map<?, ?> source, String field) {
		return source.get(field) instanceof String value ? value : "";
	}

	public static @Nullable Instant instant(Map<?, ?> source, String field) {
		return source.get(field) instanceof String value ? parseInstant(value) : null;
	}

	/**
	 * {@link Instant#parse} for the form {@link Instant#toString} writes, which is how
	 * {@link #toSource} stores every time ({@code 2025-01-01T10:00:00.123456Z}:
	 * four-digit year, seconds, no, 3, 6 or 9 digits of fraction), without the general
	 * parser's field map and temporal queries, which ran for every hit of every search
	 * (DD091). Anything else goes to {@link Instant#parse}, so the result and the errors
	 * are always its.
	 */
	static Instant parseInstant(String text) {
		int length = text.length();
		if (length >= 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
				&& text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(length - 1) == 'Z'
				&& (length == 20 || text.charAt(19) == '.' && (length == 24 || length == 27 || length == 30))
				&& digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10) && digits(text, 11, 13)
				&& digits(text, 14, 16) && digits(text, 17, 19) && digits(text, 20, length - 1)) {
			int second = number(text, 17, 19);
			if (second < 60) {
				try {
					long epochSecond = java.time.LocalDateTime
						.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
								number(text, 14, 16), second)
						.toEpochSecond(java.time.ZoneOffset.UTC);
					int nanos = switch (length) {
						case 24 -> number(text, 20, 23) * 1_000_000;
						case 27 -> number(text, 20, 26) * 1_000;
						case 30 -> number(text, 20, 29);
						default -> 0;
					};
					return Instant.ofEpochSecond(epochSecond, nanos);
				}
				catch (java.time.DateTimeException ex) {
					// an impossible date such as February 30th: the general parser says
					// so
				}
			}
		}
		return Instant.parse(text);
	}

	private static boolean digits(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static int number(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			value = value * 10 + (text.charAt(i) - '0');
		}
		return value;
	}

	public static Set<MemberState> memberStates(Map<?, ?> source) {
		Set<MemberState> states = EnumSet.noneOf(MemberState.class);
		if (source.get(MEMBER_STATES) instanceof Collection<?> codes) {
			codes.forEach(code -> MemberState.fromCode(String.valueOf(code)).ifPresent(states::add));
		}
		return states;
	}

}
