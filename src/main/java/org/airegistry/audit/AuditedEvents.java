package org.airegistry.audit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.airegistry.deployment.DeploymentCreated;
import org.airegistry.deployment.DeploymentPublished;
import org.airegistry.deployment.DeploymentSectionFollowed;
import org.airegistry.deployment.FriaAcknowledged;
import org.airegistry.deployment.FriaNotified;
import org.airegistry.explanation.ComplaintStepped;
import org.airegistry.explanation.ExplanationRequestChanged;
import org.airegistry.gpai.GpaiModelPublished;
import org.airegistry.gpai.TechnicalDocumentAttached;
import org.airegistry.incident.IncidentReportSubmitted;
import org.airegistry.incident.IncidentStepped;
import org.airegistry.moderation.EntryModerated;
import org.airegistry.moderation.ModerationClosed;
import org.airegistry.moderation.ModerationKind;
import org.airegistry.moderation.ModerationOpened;
import org.airegistry.moderation.ReportAnswered;
import org.airegistry.moderation.ReportFiled;
import org.airegistry.moderation.ReportStatus;
import org.airegistry.organisation.AdministratorBootstrapped;
import org.airegistry.organisation.AuthorityActivationChanged;
import org.airegistry.organisation.AuthorityCreated;
import org.airegistry.organisation.AuthorityUserInvited;
import org.airegistry.organisation.AuthorityUserUpdated;
import org.airegistry.organisation.EmailVerified;
import org.airegistry.organisation.InvitationAccepted;
import org.airegistry.organisation.OrganisationDecided;
import org.airegistry.organisation.OrganisationSignedUp;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.PreferredLanguageChanged;
import org.airegistry.organisation.RepresentingPersonsChanged;
import org.airegistry.organisation.UserInvited;
import org.airegistry.organisation.UserUpdated;
import org.airegistry.publication.RecordConfirmed;
import org.airegistry.publication.RecordPublished;
import org.airegistry.registry.EntryCreated;
import org.airegistry.registry.EntryDraftSaved;
import org.airegistry.registry.EntryPublished;
import org.airegistry.registry.EntryRestrictedByPolicy;
import org.airegistry.registry.EntryVisibilityChanged;
import org.airegistry.registry.RepresentativeMandateConfirmed;
import org.airegistry.registry.RepresentativeMandateDeclined;
import org.airegistry.registry.RepresentativeMandateInvited;
import org.airegistry.registry.RepresentativeMandateWithdrawn;
import org.airegistry.search.ReindexStepped;
import org.airegistry.security.SecondFactorChanged;
import org.airegistry.shared.Audited;
import org.airegistry.shared.DomainEvent;
import org.airegistry.testing.TestPlanRegistered;
import org.airegistry.testing.TestPlanStepped;
import org.airegistry.testing.TestPlanVisibilityChanged;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of the modules' typed events: for each, how the audit trail records it,
 * or which other event of the same transaction records the same change (e.g. a kind's
 * {@code EntryPublished} beside the kernel's {@link RecordPublished}). The recorder
 * writes the record in the event's transaction; {@code AuditedEventsTest} fails when a
 * {@link DomainEvent} on the classpath is missing here (DD024). Audit actions and texts
 * are those the trail showed before the events existed.
 */
final class AuditedEvents {

	private final Map<Class<?>, Function<DomainEvent, Audited>> mappings = new HashMap<>();

	private final Map<Class<?>, Class<?>> recordedWith = new HashMap<>();

	private AuditedEvents() {
	}

	/**
	 * A step of a representative's mandate: the subject is the mandate, the change names
	 * the entry (no address or person).
	 */
	private static Audited mandate(String step, java.util.UUID mandate, String system, String change,
			org.airegistry.shared.OrganisationId organisation) {
		return Audited.of("representative-mandate." + step, "representative-mandate", mandate.toString())
			.withLegalReference("Art 22(3)")
			.withChange(null, "system " + system + ": " + change)
			.forOrganisation(organisation);
	}

	static AuditedEvents catalogue() {
		return new AuditedEvents()
			// publication kernel: every publication of every kind
			.on(RecordPublished.class,
					published -> Audited.of(published.action(), published.subjectType(), published.subjectId())
						.withLegalReference(published.legalReference())
						.withChange(published.before(), published.after()))
			.on(RecordConfirmed.class,
					confirmed -> Audited.of("record.confirmed", confirmed.subjectType(), confirmed.subjectId())
						.withLegalReference(confirmed.legalReference())
						.withChange(null, "version " + confirmed.version() + " confirmed as current"))
			.recordedWith(EntryPublished.class, RecordPublished.class)
			.recordedWith(DeploymentPublished.class, RecordPublished.class)
			.recordedWith(GpaiModelPublished.class, RecordPublished.class)
			.recordedWith(IncidentReportSubmitted.class, RecordPublished.class)
			.recordedWith(TestPlanRegistered.class, RecordPublished.class)
			// registry
			.on(EntryCreated.class, created -> Audited.of("entry.created", "ai-system", created.id().toString()))
			.on(EntryDraftSaved.class,
					saved -> Audited.of("entry.draft-saved", "ai-system",
							saved.registrationNumber() == null ? saved.id().toString() : saved.registrationNumber()))
			.on(EntryRestrictedByPolicy.class,
					restricted -> Audited.of("entry.restricted-by-policy", "ai-system", restricted.registrationNumber())
						.withLegalReference("Art 49(4)")
						.withChange(null,
								"point-1 policy " + restricted.policy() + ": versions " + restricted.versions()))
			.recordedWith(EntryVisibilityChanged.class, EntryRestrictedByPolicy.class)
			// the authorised representative's mandate (Art 22(3), DD067)
			.on(RepresentativeMandateInvited.class,
					invited -> mandate("invited", invited.mandate(), invited.system().toString(), "invitation sent",
							invited.organisation()))
			.on(RepresentativeMandateConfirmed.class,
					confirmed -> mandate("confirmed", confirmed.mandate(), confirmed.system().toString(), "confirmed",
							confirmed.organisation()))
			.on(RepresentativeMandateDeclined.class,
					declined -> mandate("declined", declined.mandate(), declined.system().toString(), "declined",
							declined.organisation()))
			.on(RepresentativeMandateWithdrawn.class,
					withdrawn -> mandate("withdrawn", withdrawn.mandate(), withdrawn.system().toString(), "withdrawn",
							withdrawn.organisation()))
			// deployment and FRIA
			.on(DeploymentCreated.class,
					created -> Audited.of("deployment.created", "deployment", created.id().toString())
						.withChange(null, "system " + created.registrationNumber()))
			.on(DeploymentSectionFollowed.class,
					followed -> Audited.of("deployment.section-followed", "deployment", followed.id().toString())
						.withLegalReference("Art 49(4)")
						.withChange(null, followed.section() + " as " + followed.registrationNumber()))
			.on(FriaNotified.class,
					notified -> Audited.of("fria.notified", "fria", notified.id().toString())
						.withLegalReference("Art 27(3)")
						.withChange(null, "assessment version " + notified.assessmentVersion()))
			.on(FriaAcknowledged.class,
					acknowledged -> Audited
						.of("fria.acknowledged", "fria-notification", acknowledged.notificationId().toString())
						.withLegalReference("Art 27(3)")
						.withChange(null, acknowledged.first() ? "acknowledged" : "acknowledged before"))
			// GPAI models (designations and rebuttals are publications: RecordPublished)
			.on(TechnicalDocumentAttached.class,
					attached -> Audited
						.of("gpai-model.technical-document-attached", "gpai-model", attached.id().toString())
						.withLegalReference("Art 53(1)(a), Annex XI")
						.withChange(null, attached.fileName() + " " + attached.sha256()))
			// organisations and accounts
			.on(OrganisationSignedUp.class,
					signedUp -> Audited.of("organisation.signed-up", "organisation", signedUp.organisation().toString())
						.withChange(null, OrganisationStatus.PENDING.name())
						.forOrganisation(signedUp.organisation()))
			.on(EmailVerified.class,
					verified -> Audited.of("account.email-verified", "user", verified.user().toString())
						.forOrganisation(verified.organisation()))
			.on(InvitationAccepted.class,
					accepted -> Audited.of("user.invitation-accepted", "user", accepted.user().toString())
						.forOrganisation(accepted.organisation()))
			.on(OrganisationDecided.class,
					decided -> Audited
						.of(decided.status() == OrganisationStatus.ACTIVE ? "organisation.approved"
								: "organisation.rejected", "organisation", decided.organisation().toString())
						.withChange(OrganisationStatus.PENDING.name(),
								decided.reason() == null ? decided.status().name()
										: decided.status().name() + ": " + decided.reason()))
			.on(UserInvited.class,
					invited -> Audited.of("user.invited", "user", invited.user().toString())
						.withChange(null, invited.roles().toString()))
			.on(UserUpdated.class,
					updated -> Audited.of("user.updated", "user", updated.user().toString())
						.withChange(updated.rolesBefore() + (updated.activeBefore() ? "" : " inactive"),
								updated.roles() + (updated.active() ? "" : " inactive")))
			.on(RepresentingPersonsChanged.class, changed -> Audited
				.of("organisation.representing-persons-changed", "organisation", changed.organisation().toString())
				.withLegalReference("Art 71(5)")
				.withChange(RepresentingPersonsChanged.persons(changed.before()),
						RepresentingPersonsChanged.persons(changed.after()))
				.forOrganisation(changed.organisation()))
			.on(PreferredLanguageChanged.class,
					changed -> Audited.of("user.language-changed", "user", changed.user().toString())
						.withChange(null, changed.language()))
			// authorities and administrators
			.on(AuthorityCreated.class,
					created -> Audited.of("authority.created", "organisation", created.id().toString())
						.withChange(null, created.description()))
			.on(AuthorityActivationChanged.class, changed -> Audited
				.of(changed.active() ? "authority.reactivated" : "authority.deactivated", "organisation",
						changed.id().toString())
				.withChange(changed.active() ? "deactivated" : "active", changed.active() ? "active" : "deactivated"))
			.on(AuthorityUserInvited.class,
					invited -> Audited.of("authority-user.invited", "user", invited.user().toString())
						.withChange(null, invited.access())
						.forOrganisation(invited.authority()))
			.on(AuthorityUserUpdated.class,
					updated -> Audited.of("authority-user.updated", "user", updated.user().toString())
						.withChange(updated.accessBefore(), updated.access())
						.forOrganisation(updated.authority()))
			.on(AdministratorBootstrapped.class,
					bootstrapped -> Audited.of("administrator.bootstrapped", "user", bootstrapped.user().toString())
						.withChange(null, "ADMIN " + bootstrapped.loginEmail())
						.forOrganisation(bootstrapped.operator()))
			// second factor (the subject is the account's id, not its login address)
			.on(SecondFactorChanged.class,
					changed -> Audited.of(
							changed.enabled() ? "account.second-factor-enabled" : "account.second-factor-disabled",
							"user", changed.user().toString()))
			// moderation
			.on(ModerationOpened.class,
					opened -> Audited.of(opened(opened.kind()), "ai-system", opened.registrationNumber())
						.withChange(null, opened.kind().name().toLowerCase(Locale.ROOT)
								+ (opened.dueDate() == null ? "" : " due " + opened.dueDate()) + ": " + opened.notice())
						.forOrganisation(opened.provider()))
			.on(ModerationClosed.class,
					closed -> Audited.of(closed(closed.kind()), "ai-system", closed.registrationNumber())
						.withChange(closed.kind().name() + " " + closed.notice(), null))
			.recordedWith(EntryModerated.class, ModerationOpened.class)
			.on(ReportFiled.class,
					filed -> Audited.of("report.filed", "ai-system", filed.registrationNumber())
						.withChange(null, filed.reference())
						.forOrganisation(filed.provider()))
			.on(ReportAnswered.class,
					answered -> Audited
						.of("report." + answered.outcome().name().toLowerCase(Locale.ROOT), "ai-system",
								answered.registrationNumber())
						.withChange(ReportStatus.OPEN.name(), answered.outcome().name() + " " + answered.reference()))
			// explanation requests (Art 86) and complaints (Art 85): references, no
			// personal data
			.on(ExplanationRequestChanged.class,
					changed -> Audited
						.of("explanation-request." + kebab(changed.change().name()), "explanation-request",
								changed.requestId().toString())
						.withLegalReference("Art 86"))
			.on(ComplaintStepped.class, stepped -> Audited
				.of("complaint." + stepped.step().name().toLowerCase(Locale.ROOT), "complaint", stepped.reference())
				.withLegalReference("Art 85")
				.withChange(stepped.before(), stepped.after()))
			// serious incidents (Art 73): references and states, never the report's
			// content
			.on(IncidentStepped.class,
					stepped -> withLegalReference(Audited.of(stepped.step().action(), "incident", stepped.reference()),
							stepped.legalReference())
						.withChange(stepped.before(), stepped.after()))
			// real-world testing (Art 60): a withdrawn consent or a life event also
			// changes
			// what the public sees; that change is recorded by its step (or, when consent
			// is
			// given again, by the registration of the version that carries it)
			.on(TestPlanStepped.class, stepped -> {
				Audited audited = withLegalReference(Audited.of(stepped.step().action(), "test-plan", stepped.uid()),
						stepped.legalReference())
					.withChange(stepped.before(), stepped.after());
				return stepped.provider() == null ? audited : audited.forOrganisation(stepped.provider());
			})
			.recordedWith(TestPlanVisibilityChanged.class, TestPlanStepped.class)
			// search index
			.on(ReindexStepped.class,
					stepped -> Audited
						.of("search.reindex." + stepped.step().name().toLowerCase(Locale.ROOT), "search-index",
								stepped.target())
						.withChange(stepped.before(), stepped.after()));
	}

	private static String opened(ModerationKind kind) {
		return switch (kind) {
			case FLAG -> "moderation.flagged";
			case CORRECTION_REQUEST -> "moderation.correction-requested";
			case SUSPENSION -> "moderation.suspended";
		};
	}

	private static String closed(ModerationKind kind) {
		return switch (kind) {
			case FLAG -> "moderation.flag-lifted";
			case CORRECTION_REQUEST -> "moderation.correction-closed";
			case SUSPENSION -> "moderation.suspension-lifted";
		};
	}

	private static Audited withLegalReference(Audited audited, @Nullable String reference) {
		return reference == null ? audited : audited.withLegalReference(reference);
	}

	private static String kebab(String constant) {
		return constant.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private <E extends DomainEvent> AuditedEvents on(Class<E> type, Function<E, Audited> mapping) {
		mappings.put(type, event -> mapping.apply(type.cast(event)));
		return this;
	}

	private AuditedEvents recordedWith(Class<? extends DomainEvent> type, Class<? extends DomainEvent> recorder) {
		recordedWith.put(type, recorder);
		return this;
	}

	/**
	 * The audit record of an event, empty when another event of its change records it.
	 */
	Optional<Audited> audit(DomainEvent event) {
		Function<DomainEvent, Audited> mapping = mappings.get(event.getClass());
		if (mapping != null) {
			return Optional.of(mapping.apply(event));
		}
		if (recordedWith.containsKey(event.getClass())) {
			return Optional.empty();
		}
		throw new IllegalStateException("No audit mapping for " + event.getClass().getName()
				+ ": add it to AuditedEvents (every state change is audited)");
	}

	/** Every event type the catalogue knows. */
	Set<Class<?>> known() {
		Set<Class<?>> known = new java.util.HashSet<>(mappings.keySet());
		known.addAll(recordedWith.keySet());
		return known;
	}

	/** Which event records this one, when it has no record of its own. */
	Optional<Class<?>> recordedWith(Class<?> type) {
		return Optional.ofNullable(recordedWith.get(type));
	}

}
