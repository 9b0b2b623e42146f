package org.airegistry.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.OrganisationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The FRIA life cycle (spec §10.5 W3) without Spring, with a fixed clock. */
class FriaStateMachineTest {

	static final Instant T0 = Instant.parse("2027-12-02T09:00:00Z");

	final MutableClock clock = new MutableClock(T0);

	final FriaStateMachine machine = new FriaStateMachine(clock);

	static FriaData complete() {
		return new FriaData(FriaBasis.PUBLIC_LAW_BODY, "Benefit applications are pre-sorted.", "Daily, from 2028.",
				"Applicants for housing benefit, incl. persons with disabilities.", "Wrongful rejection; bias.",
				"Caseworkers review every proposal before a decision.",
				"Complaints desk, ombudsperson, suspension of use on error rates above 2 %.", "DPIA section 4.2", "");
	}

	static Fria draft(FriaData data) {
		Fria fria = Fria.start(FriaId.random(), OrganisationId.random(), "AIR-000001");
		return fria.with(FriaState.DRAFT, 1, null, data, null, null);
	}

	@Test
	@DisplayName("Art 27(1): completing needs every element (a) to (f) and the basis, each named with its own message")
	void completionNeedsEveryElement() {
		Fria empty = draft(FriaData.empty());

		assertThatThrownBy(() -> machine.complete(empty))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(FieldError::field, FieldError::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("basis", "fria.validation.basis.required"),
						org.assertj.core.groups.Tuple.tuple("processes", "fria.validation.element.required.processes"),
						org.assertj.core.groups.Tuple.tuple("periodAndFrequency",
								"fria.validation.element.required.periodAndFrequency"),
						org.assertj.core.groups.Tuple.tuple("affectedCategories",
								"fria.validation.element.required.affectedCategories"),
						org.assertj.core.groups.Tuple.tuple("specificRisks",
								"fria.validation.element.required.specificRisks"),
						org.assertj.core.groups.Tuple.tuple("humanOversight",
								"fria.validation.element.required.humanOversight"),
						org.assertj.core.groups.Tuple.tuple("mitigationGovernanceComplaints",
								"fria.validation.element.required.mitigationGovernanceComplaints")));
	}

	@Test
	@DisplayName("Art 27(1)(d): one missing element blocks completion and names only that element")
	void oneMissingElement() {
		FriaData data = complete();
		FriaData withoutRisks = new FriaData(data.basis(), data.processes(), data.periodAndFrequency(),
				data.affectedCategories(), " ", data.humanOversight(), data.mitigationGovernanceComplaints(), "", "");

		assertThatThrownBy(() -> machine.complete(draft(withoutRisks))).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("specificRisks"));
	}

	@Test
	@DisplayName("Art 27(3): a draft cannot be notified to the market surveillance authority")
	void draftCannotBeNotified() {
		assertThatThrownBy(() -> machine.notifyAuthority(draft(complete()))).isInstanceOfSatisfying(
				ActionRefusedException.class, ex -> assertThat(ex.messageKey()).isEqualTo("fria.refused.notCompleted"));
	}

	@Test
	@DisplayName("Art 27(2)-(3): draft → completed → notified → update required → completed v2 → notified v2, with clock times")
	void fullCycle() {
		Fria completed = machine.complete(draft(complete()));
		assertThat(completed.state()).isEqualTo(FriaState.COMPLETED);
		assertThat(completed.assessmentVersion()).isEqualTo(1);
		assertThat(completed.completedAt()).isEqualTo(T0);

		clock.advance(Duration.ofHours(2));
		Fria notified = machine.notifyAuthority(completed);
		assertThat(notified.state()).isEqualTo(FriaState.NOTIFIED);
		assertThat(notified.notifiedVersion()).isEqualTo(1);
		assertThat(notified.notifiedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
		assertThatThrownBy(() -> machine.notifyAuthority(notified)).isInstanceOfSatisfying(ActionRefusedException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("fria.refused.alreadyNotified"));

		FriaData changed = new FriaData(FriaBasis.PUBLIC_LAW_BODY, complete().processes(), "Weekly, from 2028.",
				complete().affectedCategories(), complete().specificRisks(), complete().humanOversight(),
				complete().mitigationGovernanceComplaints(), "DPIA section 4.2", "");
		Fria update = machine.edit(notified, changed);
		assertThat(update.state()).isEqualTo(FriaState.UPDATE_REQUIRED);
		assertThat(update.assessmentVersion()).isEqualTo(1);
		assertThat(update.notifiedAt()).as("the earlier notification stays on record")
			.isEqualTo(T0.plus(Duration.ofHours(2)));
		assertThatThrownBy(() -> machine.notifyAuthority(update)).isInstanceOf(ActionRefusedException.class);

		clock.advance(Duration.ofDays(1));
		Fria second = machine.complete(update);
		assertThat(second.state()).isEqualTo(FriaState.COMPLETED);
		assertThat(second.assessmentVersion()).isEqualTo(2);
		assertThat(second.completedAt()).isEqualTo(T0.plus(Duration.ofHours(26)));

		Fria notifiedAgain = machine.notifyAuthority(second);
		assertThat(notifiedAgain.notifiedVersion()).isEqualTo(2);
		assertThat(notifiedAgain.state()).isEqualTo(FriaState.NOTIFIED);
	}

	@Test
	@DisplayName("Art 27(2): saving unchanged content after notification requires no update")
	void unchangedContentKeepsState() {
		Fria notified = machine.notifyAuthority(machine.complete(draft(complete())));

		assertThat(machine.edit(notified, complete())).isSameAs(notified);
	}

	@Test
	@DisplayName("Changing a completed but never notified assessment makes it a draft again; completing keeps version 1")
	void changeBeforeNotification() {
		Fria completed = machine.complete(draft(complete()));
		FriaData changed = new FriaData(FriaBasis.ANNEX_III_5B, complete().processes(), complete().periodAndFrequency(),
				complete().affectedCategories(), complete().specificRisks(), complete().humanOversight(),
				complete().mitigationGovernanceComplaints(), "", "");

		Fria edited = machine.edit(completed, changed);
		assertThat(edited.state()).isEqualTo(FriaState.DRAFT);
		assertThat(machine.complete(edited).assessmentVersion()).isEqualTo(1);
		assertThatThrownBy(() -> machine.complete(completed)).isInstanceOfSatisfying(ActionRefusedException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("fria.refused.notOpen"));
	}

	@Test
	@DisplayName("An element longer than the limit is refused with the limit and the length")
	void overlongElement() {
		FriaData data = new FriaData(null, "x".repeat(FriaData.ELEMENT_MAX + 1), "", "", "", "", "", "", "");

		assertThatThrownBy(() -> machine.edit(draft(FriaData.empty()), data))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().getFirst().arguments())
				.containsExactly(FriaData.ELEMENT_MAX, FriaData.ELEMENT_MAX + 1));
	}

	/** A clock the test moves forward. */
	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@Test
	@DisplayName("Art 27(3), 46(1): a completed assessment of an authorised use is exempt from notification; it counts as completed")
	void exemptFromNotification() {
		Fria completed = machine.complete(draft(complete()));
		assertThat(completed.firstCompletedAt()).isEqualTo(T0);
		assertThatThrownBy(() -> machine.declareExempt(completed)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
					.containsExactly("fria.validation.art46.required"));
		FriaData authorised = new FriaData(complete().basis(), complete().processes(), complete().periodAndFrequency(),
				complete().affectedCategories(), complete().specificRisks(), complete().humanOversight(),
				complete().mitigationGovernanceComplaints(), complete().dpiaCrossReferences(), "",
				"MSA authorisation 2027/17 of 1 December 2027");
		Fria withAuthorisation = machine.complete(draft(authorised));
		Fria exempt = machine.declareExempt(withAuthorisation);
		assertThat(exempt.state()).isEqualTo(FriaState.EXEMPT);
		assertThat(exempt.isCompleted()).isTrue();
		assertThatThrownBy(() -> machine.notifyAuthority(exempt)).isInstanceOf(ActionRefusedException.class);
		assertThatThrownBy(() -> machine.declareExempt(draft(authorised))).isInstanceOf(ActionRefusedException.class);
	}

	@Test
	@DisplayName("Art 27(1): the first completion is kept when a later version is completed")
	void firstCompletionKept() {
		Fria first = machine.notifyAuthority(machine.complete(draft(complete())));
		clock.advance(java.time.Duration.ofDays(40));
		FriaData changed = new FriaData(complete().basis(), complete().processes(), "Weekly, from 2028.",
				complete().affectedCategories(), complete().specificRisks(), complete().humanOversight(),
				complete().mitigationGovernanceComplaints(), complete().dpiaCrossReferences(), "");
		Fria second = machine.complete(machine.edit(first, changed));
		assertThat(second.assessmentVersion()).isEqualTo(2);
		assertThat(second.completedAt()).isEqualTo(T0.plus(java.time.Duration.ofDays(40)));
		assertThat(second.firstCompletedAt()).isEqualTo(T0);
	}

}
