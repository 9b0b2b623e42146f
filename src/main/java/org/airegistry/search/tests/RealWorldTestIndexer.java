package org.airegistry.search.tests;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.testing.PublicTestPlan;
import org.airegistry.testing.TestPlanData;
import org.airegistry.testing.TestPlanQueries;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Brings a test's document in line with what the public may see of it: the latest version
 * the kernel's public predicate shows (consent given, not withdrawn, not in the secure
 * section), or no document. Documents carry the registered version as external version
 * ({@code external_gte}: a step of the test changes its status without a new version), so
 * an older version never replaces a newer one; after each write the public state is read
 * again and the document removed when the consent was withdrawn meanwhile.
 */
public class RealWorldTestIndexer {

	/** The most documents the reindex compares with the public tests. */
	static final int MAX_DOCUMENTS = 10_000;

	private static final Log logger = LogFactory.getLog(RealWorldTestIndexer.class);

	private final RealWorldTestsIndex index;

	private final TestPlanQueries queries;

	public RealWorldTestIndexer(RealWorldTestsIndex index, TestPlanQueries queries) {
		this.index = index;
		this.queries = queries;
	}

	/** What became of a test. */
	public enum Outcome {

		/** The document now holds the test's latest public version. */
		INDEXED,

		/** The index already held a newer version: nothing written. */
		ALREADY_CURRENT,

		/** The public may not see the test: any document of it was removed. */
		NOT_PUBLIC

	}

	/** What a reindex did. */
	public record Result(int written, int removed) {
	}

	/**
	 * Indexes the latest public version of a test, or removes its document.
	 * @throws IOException when Elasticsearch cannot be reached (the caller retries)
	 */
	public Outcome index(String uid) throws IOException {
		// wait for Elasticsearch before touching the database
		index.ensureExists();
		var latest = queries.latest(uid);
		if (latest.isEmpty()) {
			remove(uid);
			return Outcome.NOT_PUBLIC;
		}
		PublicTestPlan plan = latest.get();
		if (!index.writeVersioned(uid, plan.version(), VersionType.ExternalGte, toSource(plan))) {
			return Outcome.ALREADY_CURRENT;
		}
		// a withdrawal that committed while this write was under way: its own removal
		// may have run before the write
		if (queries.latest(uid).isEmpty()) {
			remove(uid);
			return Outcome.NOT_PUBLIC;
		}
		logger.debug("Indexed real-world test " + uid + " version " + plan.version());
		return Outcome.INDEXED;
	}

	/**
	 * Writes every public test's latest version and removes every document of a test the
	 * public may no longer see.
	 */
	public Result reindexAll() throws IOException {
		index.ensureExists();
		List<PublicTestPlan> tests = queries.allLatest();
		int written = index.writeAll(tests, PublicTestPlan::uid, PublicTestPlan::version, VersionType.ExternalGte,
				RealWorldTestIndexer::toSource, "real-world test");
		index.refresh();
		Set<String> visible = tests.stream().map(PublicTestPlan::uid).collect(Collectors.toSet());
		List<String> stale = new ArrayList<>();
		for (String uid : indexedUids()) {
			if (!visible.contains(uid) && queries.latest(uid).isEmpty()) {
				stale.add(uid);
			}
		}
		for (String uid : stale) {
			remove(uid);
		}
		index.refresh();
		return new Result(written, stale.size());
	}

	private List<String> indexedUids() throws IOException {
		SearchResponse<Void> response = index.client()
			.search(s -> s.index(index.readAlias()).size(MAX_DOCUMENTS).source(src -> src.fetch(false)), Void.class);
		List<String> uids = new ArrayList<>();
		for (Hit<Void> hit : response.hits().hits()) {
			if (hit.id() != null) {
				uids.add(hit.id());
			}
		}
		return uids;
	}

	private void remove(String uid) throws IOException {
		try {
			index.client().delete(d -> d.index(index.writeAlias()).id(uid));
		}
		catch (ElasticsearchException ex) {
			if (ex.status() != 404) {
				throw ex;
			}
		}
		logger.debug("Real-world test " + uid + " is not public; not in the index");
	}

	/**
	 * The document of a public test version: Annex IX items the public sees with consent,
	 * without the provider's and deployers' contact details (field names of
	 * {@value RealWorldTestsIndex#DEFINITION}).
	 */
	static Map<String, Object> toSource(PublicTestPlan plan) {
		TestPlanData data = plan.data();
		Map<String, Object> source = new LinkedHashMap<>();
		source.put(TestFields.UID, plan.uid());
		source.put(TestFields.VERSION, plan.version());
		source.put(TestFields.SYSTEM_NAME, data.systemName());
		source.put(TestFields.SYSTEM_REFERENCE, data.systemReference());
		source.put(TestFields.PROVIDER_NAME, plan.providerName());
		source.put(TestFields.INTENDED_PURPOSE, data.intendedPurpose());
		List<String> description = new ArrayList<>();
		for (String part : List.of(data.systemDescription(), data.planSummary())) {
			if (!part.isBlank()) {
				description.add(part);
			}
		}
		source.put(TestFields.DESCRIPTION, String.join("\n", description));
		AnnexIIIPoint point = data.annexIIIPoint();
		if (point != null) {
			source.put(TestFields.AREA, point.area());
			source.put(TestFields.POINT, point.name());
		}
		source.put(TestFields.MEMBER_STATES,
				data.memberStates().stream().map(MemberState::name).collect(Collectors.toCollection(TreeSet::new)));
		source.put(TestFields.STATUS, plan.status().name());
		source.put(TestFields.FIRST_REGISTERED_AT, plan.firstRegisteredAt().toString());
		source.put(TestFields.REGISTERED_AT, plan.registeredAt().toString());
		return source;
	}

}
