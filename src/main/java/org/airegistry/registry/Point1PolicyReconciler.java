package org.airegistry.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.airegistry.registry.persistence.AiSystemRepository;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the configured reading of Art 49(4) for Annex III point 1
 * ({@code airegistry.registry.restricted-tier.point1}) to versions already published. The
 * visibility of a version is decided at its publication and stored with it; when the
 * setting becomes stricter (e.g. to {@link Point1Policy#ALWAYS}), every point-1 version
 * published for the public under the old reading is taken out of public view before the
 * portal answers its first request. A looser setting never puts a version into public
 * view: it applies to the versions published from then on.
 */
@Component
public class Point1PolicyReconciler implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(Point1PolicyReconciler.class);

	private final AiSystemRepository repository;

	private final Point1Policy policy;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private volatile boolean running;

	Point1PolicyReconciler(AiSystemRepository repository,
			@Value("${airegistry.registry.restricted-tier.point1:LE_OR_MIGRATION_USE_ONLY}") Point1Policy policy,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.policy = policy;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes every public point-1 version that the configured reading puts into the
	 * non-public section out of public view.
	 * @return the entries that changed
	 */
	List<AiSystemId> reconcile() {
		return reconcile(policy);
	}

	/**
	 * Takes every public point-1 version that the given reading of Art 49(4) puts into
	 * the non-public section out of public view (never the other way round).
	 * @return the entries that changed
	 */
	public List<AiSystemId> reconcile(Point1Policy policy) {
		List<AiSystemId> changed = transactions.execute(status -> {
			Map<AiSystemId, List<Integer>> restricted = new LinkedHashMap<>();
			repository.forEachPublicPoint1Version(version -> {
				if (version.data().restricted(policy)) {
					restricted.computeIfAbsent(version.id(), id -> new ArrayList<>()).add(version.version());
				}
			});
			Instant now = clock.instant();
			restricted.forEach((id, versions) -> {
				repository.restrict(id, versions, now);
				events.publishEvent(new EntryVisibilityChanged(id));
				events.publishEvent(new EntryRestrictedByPolicy(id,
						repository.registrationNumber(id).orElse(id.toString()), policy, List.copyOf(versions)));
			});
			return List.copyOf(restricted.keySet());
		});
		if (changed != null && !changed.isEmpty()) {
			logger.info("Point-1 policy " + policy + ": " + changed.size()
					+ " entries taken out of public view (Art 49(4))");
		}
		return changed == null ? List.of() : changed;
	}

	@Override
	public void start() {
		reconcile();
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the web server starts answering requests. */
	@Override
	public int getPhase() {
		return 0;
	}

}
