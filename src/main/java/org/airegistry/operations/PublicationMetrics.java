package org.airegistry.operations;

import org.airegistry.deployment.DeploymentPublished;
import org.airegistry.gpai.GpaiModelPublished;
import org.airegistry.registry.EntryPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Publications per kind ({@code airegistry.publications}: entry, deployment, gpai-model),
 * counted when the publishing transaction commits (a rolled-back publication is not
 * counted). A plain listener, not an outbox listener: counting needs no retry and adds no
 * outbox rows. Each instance counts its own; dashboards sum the rates.
 */
@Component
class PublicationMetrics {

	static final String METER = "airegistry.publications";

	private final MeterRegistry meters;

	PublicationMetrics(MeterRegistry meters) {
		this.meters = meters;
	}

	@EventListener
	void on(EntryPublished published) {
		countOnCommit("entry");
	}

	@EventListener
	void on(DeploymentPublished published) {
		countOnCommit("deployment");
	}

	@EventListener
	void on(GpaiModelPublished published) {
		countOnCommit("gpai-model");
	}

	private void countOnCommit(String kind) {
		Runnable count = () -> meters.counter(METER, "kind", kind).increment();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					count.run();
				}
			});
		}
		else {
			count.run();
		}
	}

}
