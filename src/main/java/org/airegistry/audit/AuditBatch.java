package org.airegistry.audit;

import java.util.List;

import org.airegistry.shared.DomainEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records many events of one transaction in the audit trail at once: the rows and the
 * hash chain that publishing each event would leave, written with one lock of the chain
 * head and one batch insert. For code that writes many changes in one transaction without
 * publishing each event (the bulk generator of benchmark data, DD089); events published
 * as usual are recorded by the trail's listener.
 */
@Component
public class AuditBatch {

	private final AuditRecorder recorder;

	AuditBatch(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	/**
	 * Records the events, in order, as done by the current actor.
	 * @throws IllegalStateException for an event the trail does not know
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(List<? extends DomainEvent> events) {
		recorder.recordAll(events);
	}

}
