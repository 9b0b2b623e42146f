package org.airegistry.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.airegistry.organisation.OrganisationDecided;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.EntryPublished;
import org.airegistry.shared.Audited;
import org.airegistry.shared.DomainEvent;
import org.airegistry.shared.OrganisationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;

/**
 * Every typed event of the application has its line in the audit catalogue (DD024): the
 * test finds the events on the classpath, not from a list kept by hand, so a new event
 * without an audit mapping fails here.
 */
class AuditedEventsTest {

	static final String BASE = "org.airegistry";

	/**
	 * Events handled by listeners that are not state changes of a module: the audit
	 * trail's own input, and login events (recorded by the recorder itself).
	 */
	static final Set<String> NOT_DOMAIN_EVENTS = Set.of("org.airegistry.shared.Audited",
			"org.airegistry.security.LoginThrottled");

	final AuditedEvents catalogue = AuditedEvents.catalogue();

	static List<Class<?>> scan(Class<?> assignableTo) {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(assignableTo));
		List<Class<?>> found = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents(BASE)) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			if (!type.getName().contains("Test") && !type.getName().contains(".testsupport.")) {
				found.add(type);
			}
		}
		return found;
	}

	@Test
	@DisplayName("Every DomainEvent on the classpath is audited or names the event that records its change")
	void everyEventHasAnAuditMapping() {
		List<Class<?>> events = scan(DomainEvent.class);
		assertThat(events).as("events found by the scan").hasSizeGreaterThanOrEqualTo(25);
		Set<String> missing = new TreeSet<>();
		for (Class<?> event : events) {
			if (!catalogue.known().contains(event)) {
				missing.add(event.getName());
			}
		}
		assertThat(missing).as("events without an audit mapping in AuditedEvents").isEmpty();
		assertThat(events).allSatisfy(event -> assertThat(event.isRecord()).as(event + " is a record").isTrue());
	}

	@Test
	@DisplayName("An event recorded by another event names one that is itself audited")
	void recordedWithPointsAtAnAuditedEvent() {
		for (Class<?> event : catalogue.known()) {
			catalogue.recordedWith(event)
				.ifPresent(by -> assertThat(catalogue.recordedWith(by)).as(event + " recorded with " + by).isEmpty());
		}
	}

	@Test
	@DisplayName("Every event a listener of the application handles is a DomainEvent (so nothing escapes the catalogue)")
	void listenedEventsAreDomainEvents() {
		Set<String> notDomainEvents = new TreeSet<>();
		for (Class<?> bean : scan(Object.class)) {
			for (Method method : bean.getDeclaredMethods()) {
				boolean listener = method.isAnnotationPresent(EventListener.class)
						|| method.isAnnotationPresent(ApplicationModuleListener.class)
						|| method.isAnnotationPresent(TransactionalEventListener.class);
				if (listener && method.getParameterCount() == 1) {
					Class<?> type = method.getParameterTypes()[0];
					if (type.getName().startsWith(BASE + ".") && !DomainEvent.class.isAssignableFrom(type)
							&& !NOT_DOMAIN_EVENTS.contains(type.getName())) {
						notDomainEvents
							.add(type.getName() + " (" + bean.getSimpleName() + "." + method.getName() + ")");
					}
				}
			}
		}
		assertThat(notDomainEvents).isEmpty();
		assertThat(AbstractAuthenticationFailureEvent.class.getName()).doesNotStartWith(BASE);
	}

	@Test
	@DisplayName("A mapped event gives the record the trail showed before; a covered one gives none")
	void mappingsGiveTheRecord() {
		OrganisationId organisation = OrganisationId.random();
		Audited rejected = catalogue
			.audit(new OrganisationDecided(organisation, OrganisationStatus.REJECTED, "no establishment"))
			.orElseThrow();
		assertThat(rejected.action()).isEqualTo("organisation.rejected");
		assertThat(rejected.subjectId()).isEqualTo(organisation.toString());
		assertThat(rejected.before()).isEqualTo("PENDING");
		assertThat(rejected.after()).isEqualTo("REJECTED: no establishment");
		assertThat(catalogue.audit(new EntryPublished(org.airegistry.registry.AiSystemId.random(), 2))).isEmpty();
	}

	@Test
	@DisplayName("Art 73, Art 60: incident and test-plan steps give the actions and texts the trail showed before")
	void incidentAndTestPlanSteps() {
		Audited requested = catalogue
			.audit(new org.airegistry.incident.IncidentStepped("SI-ABCDEFGH",
					org.airegistry.incident.IncidentStepped.Step.INFORMATION_REQUESTED, "Art 73(6)", "RECEIVED",
					"ACKNOWLEDGED: logs please"))
			.orElseThrow();
		assertThat(requested).isEqualTo(Audited.of("incident.information-requested", "incident", "SI-ABCDEFGH")
			.withLegalReference("Art 73(6)")
			.withChange("RECEIVED", "ACKNOWLEDGED: logs please"));
		Audited saved = catalogue
			.audit(new org.airegistry.incident.IncidentStepped("SI-ABCDEFGH",
					org.airegistry.incident.IncidentStepped.Step.DRAFT_SAVED, null, null, null))
			.orElseThrow();
		assertThat(saved).isEqualTo(Audited.of("incident.draft-saved", "incident", "SI-ABCDEFGH"));
		OrganisationId provider = OrganisationId.random();
		Audited tacit = catalogue
			.audit(new org.airegistry.testing.TestPlanStepped("RWT-1",
					org.airegistry.testing.TestPlanStepped.Step.REVIEW_TACITLY_APPROVED, "Art 60(4)(b)", "PENDING",
					"TACITLY_APPROVED MT", provider))
			.orElseThrow();
		assertThat(tacit).isEqualTo(Audited.of("test-plan.review-tacitly-approved", "test-plan", "RWT-1")
			.withLegalReference("Art 60(4)(b)")
			.withChange("PENDING", "TACITLY_APPROVED MT")
			.forOrganisation(provider));
		assertThat(catalogue.audit(new org.airegistry.testing.TestPlanVisibilityChanged(
				org.airegistry.testing.TestPlanId.random(), "RWT-1")))
			.isEmpty();
	}

	@Test
	@DisplayName("Art 71(5): a change of the persons with authority to represent is audited by its counts only, "
			+ "for the organisation (DD069)")
	void representingPersonsChanged() {
		OrganisationId organisation = OrganisationId.random();
		Audited changed = catalogue
			.audit(new org.airegistry.organisation.RepresentingPersonsChanged(organisation, 2, 1))
			.orElseThrow();
		assertThat(changed)
			.isEqualTo(Audited.of("organisation.representing-persons-changed", "organisation", organisation.toString())
				.withLegalReference("Art 71(5)")
				.withChange("2 persons", "1 person")
				.forOrganisation(organisation));
	}

	@Test
	@DisplayName("An event the catalogue does not know is refused (the change does not commit unaudited)")
	void unknownEventIsRefused() {
		record Unknown() implements DomainEvent {
		}
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> catalogue.audit(new Unknown()))
			.withMessageContaining("No audit mapping");
	}

}
