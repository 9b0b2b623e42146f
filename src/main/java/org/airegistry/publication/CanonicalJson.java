package org.airegistry.publication;

import org.airegistry.shared.Sha256;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical JSON every published version is stored, hashed and downloaded in: the
 * components of records in their declared order (Jackson writes creator properties
 * first), other properties sorted by name, map entries by key, sets in the fixed order
 * their records give them, no white space. The SHA-256 shown with each version is taken
 * over exactly these bytes (UTF-8), so anyone can check a downloaded version. Content
 * stored before a field was removed stays readable, and fields added later read as their
 * defaults.
 */
public final class CanonicalJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.annotationIntrospector(new SkippingUnknown())
		.build();

	/**
	 * A reader per type read, made once: {@code readValue(json, type)} looks the type up
	 * again on every call (a reindex reads a million versions).
	 */
	private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {

		@Override
		protected ObjectReader computeValue(Class<?> type) {
			return MAPPER.readerFor(type);
		}

	};

	private CanonicalJson() {
	}

	/** The canonical JSON of a value. */
	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** The same content indented for people (downloads); not what is hashed. */
	public static String writePretty(Object value) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
	}

	public static <T> T read(String json, Class<T> type) {
		return READERS.get(type).readValue(json);
	}

	/**
	 * Reads canonical JSON given as its UTF-8 bytes (as stored): no string is decoded
	 * first (DD096).
	 */
	public static <T> T read(byte[] utf8, Class<T> type) {
		return READERS.get(type).readValue(utf8);
	}

	/**
	 * SHA-256 (lower-case hex) of the text's UTF-8 bytes ({@link Sha256}, the one
	 * digest).
	 */
	public static String sha256(String text) {
		return Sha256.hex(text);
	}

	/** SHA-256 (lower-case hex) of the bytes ({@link Sha256}, the one digest). */
	public static String sha256(byte[] content) {
		return Sha256.hex(content);
	}

	/**
	 * Unknown properties (of content stored before a field was removed, or not wanted by
	 * a type that reads part of a version, such as a digest) are skipped where they are
	 * read. Without this Jackson copies every unknown property of a record (a creator)
	 * into a buffer first and skips it only after the record is built: about 40 % of a
	 * reindex's parsing went to that copy (DD095).
	 */
	private static final class SkippingUnknown extends JacksonAnnotationIntrospector {

		private static final long serialVersionUID = 1L;

		@Override
		public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated annotated) {
			return JsonIgnoreProperties.Value.forIgnoreUnknown(true)
				.withOverrides(super.findPropertyIgnoralByName(config, annotated));
		}

	}

}
