package org.airegistry.deployment;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;

/**
 * The life of an assessment (spec §10.5 W3), in plain Java:
 * {@code DRAFT → COMPLETED → NOTIFIED → UPDATE_REQUIRED → COMPLETED (next version) → ...}.
 * Completing needs every element (a) to (f) of Art 27(1); notifying the market
 * surveillance authority (Art 27(3)) needs a completed assessment; changing any content
 * after a notification requires an update (Art 27(2)).
 */
public final class FriaStateMachine {

	private final Clock clock;

	public FriaStateMachine(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * The assessment with new content. Unchanged content changes nothing. Changed content
	 * of an assessment never notified makes it a draft again; after a notification it
	 * requires an update.
	 */
	public Fria edit(Fria fria, FriaData data) {
		List<FieldError> problems = data.draftProblems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (fria.data().equals(data)) {
			return fria;
		}
		FriaState next = fria.notifiedVersion() == null ? FriaState.DRAFT : FriaState.UPDATE_REQUIRED;
		return fria.with(next, fria.assessmentVersion(), fria.notifiedVersion(), data, null, fria.notifiedAt());
	}

	/**
	 * Completes the current content: all elements required. After an update the completed
	 * assessment is the next version.
	 */
	public Fria complete(Fria fria) {
		if (fria.state() != FriaState.DRAFT && fria.state() != FriaState.UPDATE_REQUIRED) {
			throw new ActionRefusedException("fria.refused.notOpen");
		}
		List<FieldError> problems = fria.data().completionProblems();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		int version = fria.notifiedVersion() == null ? 1 : fria.notifiedVersion() + 1;
		return fria.with(FriaState.COMPLETED, version, fria.notifiedVersion(), fria.data(), clock.instant(),
				fria.notifiedAt());
	}

	/**
	 * Art 27(3), second sentence, and Art 46(1): a deployer whose use the market
	 * surveillance authority authorised by derogation may be exempt from notifying. The
	 * assessment must be completed and name the authorisation.
	 */
	public Fria declareExempt(Fria fria) {
		if (fria.state() != FriaState.COMPLETED) {
			throw new ActionRefusedException("fria.refused.notCompleted");
		}
		if (fria.data().art46Authorisation().isEmpty()) {
			throw new InvalidInputException(
					List.of(new FieldError("art46Authorisation", "fria.validation.art46.required")));
		}
		return fria.with(FriaState.EXEMPT, fria.assessmentVersion(), fria.notifiedVersion(), fria.data(),
				fria.completedAt(), fria.notifiedAt());
	}

	/** Notifies the completed assessment to the market surveillance authority. */
	public Fria notifyAuthority(Fria fria) {
		if (fria.state() != FriaState.COMPLETED) {
			throw new ActionRefusedException(
					fria.state() == FriaState.NOTIFIED ? "fria.refused.alreadyNotified" : "fria.refused.notCompleted");
		}
		return fria.with(FriaState.NOTIFIED, fria.assessmentVersion(), fria.assessmentVersion(), fria.data(),
				fria.completedAt(), clock.instant());
	}

}
