package org.airegistry.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.airegistry.deployment.Fria;
import org.airegistry.deployment.FriaBasis;
import org.airegistry.deployment.FriaData;
import org.airegistry.deployment.FriaService;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.explanation.ExplanationService;
import org.airegistry.explanation.NewExplanationRequest;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryDocuments;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.StoredDocument;
import org.airegistry.registry.TestPdfs;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.TestData.TestUser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prepares what the regulator console shows: restricted entries, verified and overdue
 * explanation requests, complaints (Art 85) and FRIA notifications (Art 27(3)), through
 * the services as their users would. Built by a test from its autowired beans, so it does
 * not change the shared Spring context.
 */
public class ConsoleTestData {

	private final TestData testData;

	private final ExplanationService explanations;

	private final FriaService frias;

	private final JdbcTemplate jdbc;

	public ConsoleTestData(TestData testData, ExplanationService explanations, FriaService frias, JdbcTemplate jdbc) {
		this.testData = testData;
		this.explanations = explanations;
		this.frias = frias;
		this.jdbc = jdbc;
	}

	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE);
	}

	public TestUser deployer() {
		return testData.user(Role.DEPLOYER, OrganisationRole.DEPLOYER, OrganisationStatus.ACTIVE);
	}

	/** Publishes an entry of the given point in the non-public section (Art 49(4)). */
	public String publishRestricted(String tradeName, AnnexIIIPoint point) {
		return testData.publishRestricted(testData.provider(), tradeName, point);
	}

	/**
	 * Publishes a public entry with a notified-body certificate (Annex VIII A.8) and its
	 * scan (A.9) that expires on the day; returns the registration number.
	 */
	public String publishWithCertificate(String tradeName, LocalDate expiry) {
		return testData.as(testData.provider(), () -> {
			RegistryService registry = testData.registry();
			StoredDocument scan = registry.storeDocument(DocumentKind.CERTIFICATE_SCAN, "certificate.pdf",
					TestPdfs.pdf("Certificate NB-" + tradeName));
			// an expired certificate is published only for a system no longer on the
			// market
			// (Annex VIII A.7, A.8)
			EntryData data = TestData.sample(tradeName);
			if (expiry.isBefore(LocalDate.now())) {
				data = data.withStatus(EntryStatus.NO_LONGER_ON_MARKET);
			}
			DraftEntry draft = registry.createDraft(data
				.withCertificate(new Certificate("EU technical documentation assessment certificate", "NB-" + unique(),
						expiry, "Test Notified Body", "9999"))
				.withDocuments(EntryDocuments.none().with(DocumentKind.CERTIFICATE_SCAN, scan)));
			registry.publish(draft.id(), draft.lockVersion(), "");
			return registry.open(draft.id()).registrationNumber();
		});
	}

	/** A published public entry about which persons may ask for explanations. */
	public String publishSystem(String tradeName) {
		return testData.publish(testData.provider(), TestData.sample(tradeName));
	}

	/**
	 * Files and verifies a request to the deployer about the system; returns the tracking
	 * token.
	 */
	public String verifiedRequest(String system, TestUser deployer) {
		String email = "console-" + unique() + "@private.example";
		explanations.file(new NewExplanationRequest(system, deployer.organisation(), "My application was rejected.",
				null, "", "The ranking seems unfair.", email, "en"), "10.9." + (email.hashCode() & 0xff) + ".1");
		String token = TestMailServer.awaitMail(email, 1).token(ExplanationRoutes.VERIFY);
		return explanations.verify(token).orElseThrow().trackingToken();
	}

	/** The public reference of a tracked request. */
	public String reference(String trackingToken) {
		return explanations.track(trackingToken).orElseThrow().reference();
	}

	/** Moves the request's submission back by the days (so that it becomes overdue). */
	public void backdate(String reference, int days) {
		jdbc.update("UPDATE explanation_request SET submitted_at = ? WHERE reference = ?",
				Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)), reference);
	}

	/** A request overdue by ten days; returns its reference. */
	public String overdueRequest(String system, TestUser deployer) {
		String reference = reference(verifiedRequest(system, deployer));
		backdate(reference, 40);
		return reference;
	}

	/**
	 * An overdue request that the person escalated to the authority (Art 85); returns its
	 * reference.
	 */
	public String complaint(String system, TestUser deployer, String statement) {
		String tracking = verifiedRequest(system, deployer);
		String reference = reference(tracking);
		backdate(reference, 40);
		explanations.escalate(tracking, statement);
		return reference;
	}

	/**
	 * A completed FRIA notified to the authority (Art 27(3)); returns the notification
	 * id.
	 */
	public UUID friaNotification(String system, TestUser deployer) {
		return testData.as(deployer, () -> {
			Fria fria = frias.openOrStart(system);
			fria = frias.save(fria.id(), fria.lockVersion(), completeFria("Risks for tenants"));
			fria = frias.complete(fria.id(), fria.lockVersion());
			fria = frias.notifyAuthority(fria.id(), fria.lockVersion());
			return frias.notifications(fria.id()).getFirst().id();
		});
	}

	/**
	 * A notified FRIA whose deployer then changed an element, so it awaits an update (Art
	 * 27(2)).
	 */
	public void friaAwaitingUpdate(String system, TestUser deployer) {
		friaNotification(system, deployer);
		friaChanged(system, deployer);
	}

	/** The deployer changes an element of its notified FRIA (Art 27(2)). */
	public void friaChanged(String system, TestUser deployer) {
		testData.run(deployer, () -> {
			Fria fria = frias.findForSystem(system).orElseThrow();
			frias.save(fria.id(), fria.lockVersion(), completeFria("Risks for tenants, now also for guests"));
		});
	}

	public static FriaData completeFria(String risks) {
		return new FriaData(FriaBasis.PRIVATE_PUBLIC_SERVICE, "Processes", "Daily", "Tenants", risks, "Review",
				"Complaints desk", "", "");
	}

}
