package org.airegistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

	record Sample(String zeta, int alpha, Map<String, Integer> map, List<String> list) {
	}

	@Test
	@DisplayName("DD004: record components in their fixed order, map entries by key, no white space")
	void canonical() {
		Map<String, Integer> map = new java.util.LinkedHashMap<>();
		map.put("b", 2);
		map.put("a", 1);
		assertThat(CanonicalJson.write(new Sample("z", 1, map, List.of("y", "x"))))
			.isEqualTo("{\"zeta\":\"z\",\"alpha\":1,\"map\":{\"a\":1,\"b\":2},\"list\":[\"y\",\"x\"]}");
		assertThat(CanonicalJson.write(new Sample("z", 1, new TreeMap<>(map), List.of("y", "x"))))
			.isEqualTo(CanonicalJson.write(new Sample("z", 1, map, List.of("y", "x"))));
	}

	@Test
	@DisplayName("DD096: read from its UTF-8 bytes, the same as from its text, whatever the script")
	void fromBytes() {
		Sample sample = new Sample("Prüfung – Ελέγχος 検査 😀 \"q\" \\ \t", 7, Map.of("é", 1, "𝔘", 2), List.of("ß", ""));
		String json = CanonicalJson.write(sample);
		assertThat(CanonicalJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Sample.class))
			.isEqualTo(CanonicalJson.read(json, Sample.class))
			.isEqualTo(sample);
	}

	@Test
	@DisplayName("DD004: content stored before a field was removed or added still reads")
	void tolerantReading() {
		Sample sample = CanonicalJson.read("{\"zeta\":\"z\",\"gone\":true,\"alpha\":null}", Sample.class);
		assertThat(sample.zeta()).isEqualTo("z");
		assertThat(sample.alpha()).isZero();
		assertThat(sample.map()).isNull();
	}

	@Test
	@DisplayName("DD095: unknown properties of any shape, before, between and after known ones, are skipped")
	void unknownPropertiesOfAnyShape() {
		String json = "{\"before\":{\"a\":[1,{\"b\":\"}\"}],\"c\":null},\"zeta\":\"z\","
				+ "\"between\":[[],{},\"x\",2.5,false],\"list\":[\"y\"],\"alpha\":3,\"map\":{\"k\":1},"
				+ "\"after\":{\"deep\":{\"deeper\":[\"]\"]}}}";
		Sample sample = CanonicalJson.read(json, Sample.class);
		assertThat(sample).isEqualTo(new Sample("z", 3, Map.of("k", 1), List.of("y")));
		// a record nested in a collection reads the same way
		assertThat(CanonicalJson.read("""
				{"samples":[{"x":{"y":1},"zeta":"a","alpha":1}]}""", Samples.class).samples())
			.containsExactly(new Sample("a", 1, null, null));
	}

	record Samples(List<Sample> samples) {
	}

	@Test
	@DisplayName("SHA-256 of the UTF-8 bytes, lower-case hex (the value anyone can recompute)")
	void sha256() {
		assertThat(CanonicalJson.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(CanonicalJson.sha256("é"))
			.isEqualTo(CanonicalJson.sha256("é".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
