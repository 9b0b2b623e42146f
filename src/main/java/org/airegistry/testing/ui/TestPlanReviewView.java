package org.airegistry.testing.ui;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;

import org.airegistry.registry.StoredDocument;
import org.airegistry.shared.ActionRefusedException;
import org.airegistry.shared.Competence;
import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.NotFoundException;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.Problems;
import org.airegistry.testing.RegisteredVersion;
import org.airegistry.testing.Review;
import org.airegistry.testing.TestConduct;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanCase;
import org.airegistry.testing.TestPlanId;
import org.airegistry.testing.TestingAuthorityService;
import org.airegistry.testing.TestingRoutes;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * A test plan as the market surveillance authority of a Member State of testing reviews
 * it: the registered version, the conditions kept for it (informed consent, safeguards),
 * the plan documents, every authority's review, what happened, and its own decision
 * (approve, with conditions; refuse, with reasons, Art 76(5)).
 */
@Route(TestPlanReviewView.ROUTE)
@RolesAllowed(Competence.Names.REAL_WORLD_TESTING)
public class TestPlanReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = TestingRoutes.INBOX + "/:id";

	private final TestingAuthorityService authority;

	private String title = "";

	private @Nullable TestPlanId shownId;

	public TestPlanReviewView(TestingAuthorityService authority) {
		this.authority = authority;
		addClassName("page");
		addClassName("test-plan-review");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<TestPlanId> id = TestPlanId.parse(event.getRouteParameters().get("id").orElse(""));
		try {
			show(authority.open(id.orElseThrow(() -> new NotFoundException("Test plan"))));
		}
		catch (NotFoundException ex) {
			event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
		}
	}

	private void show(TestPlanCase shown) {
		removeAll();
		TestPlan plan = shown.plan();
		shownId = plan.id();
		title = getTranslation("testing.authority.title", plan.uid());
		add(new H1(title));
		add(new Paragraph(getTranslation("testing.authority.provider", plan.providerName(),
				getTranslation(plan.state().translationKey()),
				plan.visibility() == null ? "" : getTranslation("testing.visibility." + plan.visibility().name()))));
		Review mine = authority.review(plan.id());
		Section decision = new Section(new H2(getTranslation("testing.authority.decision")));
		decision.add(new ReviewList(shown.reviews(), shown.events()));
		if (mine.state().open()) {
			TextArea reason = new TextArea(getTranslation("testing.authority.decisionReason"));
			reason.setHelperText(getTranslation("testing.authority.decisionReason.help"));
			reason.setWidthFull();
			reason.setManualValidation(true);
			Button approve = new Button(getTranslation("testing.authority.approve"),
					click -> decide(() -> authority.approve(plan.id(), reason.getValue()), "testing.authority.approved",
							reason));
			approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button refuse = new Button(getTranslation("testing.authority.refuse"),
					click -> decide(() -> authority.refuse(plan.id(), reason.getValue()), "testing.authority.refused",
							reason));
			refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
			decision.add(reason, new HorizontalLayout(approve, refuse));
		}
		add(decision);

		Section conduct = new Section(new H2(getTranslation("testing.authority.conduct")));
		TestConduct conditions = shown.registeredConduct().orElse(TestConduct.empty());
		DescriptionList list = new DescriptionList();
		list.add(new DescriptionList.Term(getTranslation("testing.field.consentBasis")),
				new DescriptionList.Description(conditions.consentBasis() == null ? "–"
						: getTranslation(conditions.consentBasis().translationKey())));
		list.add(new DescriptionList.Term(getTranslation("testing.field.consentRecordKeeping")),
				new DescriptionList.Description(
						conditions.consentRecordKeeping().isEmpty() ? "–" : conditions.consentRecordKeeping()));
		list.add(new DescriptionList.Term(getTranslation("testing.field.consentInformationIncludesUid")),
				new DescriptionList.Description(
						getTranslation(conditions.consentInformationIncludesUid() ? "testing.yes" : "testing.no")));
		list.add(new DescriptionList.Term(getTranslation("testing.field.safeguards")),
				new DescriptionList.Description(conditions.safeguards().isEmpty() ? "–" : conditions.safeguards()));
		conduct.add(list);
		UnorderedList documents = new UnorderedList();
		for (StoredDocument document : shown.documents()) {
			Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
					new ByteArrayInputStream(authority.document(plan.id(), document.sha256())), document.fileName(),
					"application/pdf", document.size())), document.fileName());
			download.getElement().setAttribute("download", true);
			documents.add(new ListItem(download));
		}
		conduct.add(
				new Paragraph(getTranslation(
						shown.documents().isEmpty() ? "testing.authority.noDocuments" : "testing.documents.title")),
				documents);
		add(conduct);

		Section versions = new Section(new H2(getTranslation("testing.editor.versions")));
		for (RegisteredVersion version : shown.versions()) {
			Details details = new Details(getTranslation("testing.version.summary", version.number(),
					Formats.dateTime(version.registeredAt(), getLocale()),
					getTranslation("testing.visibility." + version.visibility().name()),
					version.changeSummary().isEmpty() ? "–" : version.changeSummary()));
			details.add(new PlanDetails(version.data(), version.contentSha256()));
			details.setOpened(version.number() == shown.versions().getFirst().number());
			versions.add(details);
		}
		add(versions);
	}

	private void decide(Runnable action, String success, TextArea reason) {
		reason.setInvalid(false);
		try {
			action.run();
			TestPlanId id = shownId;
			if (id != null) {
				show(authority.open(id));
			}
			Problems.success(getTranslation(success));
		}
		catch (InvalidInputException ex) {
			Problems.show(ex, Map.of("decisionReason", reason), error -> Problems.translate(this, error));
		}
		catch (ActionRefusedException ex) {
			Problems.error(getTranslation(ex.messageKey()));
		}
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
