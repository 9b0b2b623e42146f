package org.airegistry.testing.ui;

import java.util.List;
import java.util.Optional;

import org.airegistry.publication.PublicHold;
import org.airegistry.publication.PublicState;
import org.airegistry.publication.VersionSummary;
import org.airegistry.shell.components.Formats;
import org.airegistry.testing.PublicTestPlan;
import org.airegistry.testing.TestEvent;
import org.airegistry.testing.TestPlanQueries;
import org.airegistry.testing.TestingRoutes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public page of a test in real-world conditions whose provider consented to
 * publication (Art 60(4)(c), Art 71(4)): the Annex IX items, where the test stands (Annex
 * IX point 5), the version history. Any other test answers "not found", exactly like a
 * UID that never existed; a test whose consent was withdrawn says only that.
 */
@Route(TestingRoutes.PUBLIC + "/:uid")
@RouteAlias(TestingRoutes.PUBLIC + "/:uid/versions/:version")
@AnonymousAllowed
public class PublicTestPlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final TestPlanQueries tests;

	private String title = "";

	public PublicTestPlanView(TestPlanQueries tests) {
		this.tests = tests;
		addClassName("page");
		addClassName("public-test");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String uid = event.getRouteParameters().get("uid").orElse("");
		Optional<String> version = event.getRouteParameters().get("version");
		PublicState state = tests.state(uid);
		if (state.isWithheldBy(PublicHold.CONSENT_WITHDRAWN)) {
			withdrawn(uid);
			return;
		}
		Optional<PublicTestPlan> plan = version.isPresent()
				? parse(version.get()).flatMap(number -> tests.version(uid, number)) : tests.latest(uid);
		if (plan.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		show(plan.get(), tests.history(uid), tests.events(uid));
	}

	private static Optional<Integer> parse(String text) {
		try {
			return Optional.of(Integer.parseInt(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private void withdrawn(String uid) {
		removeAll();
		title = uid;
		Paragraph notice = new Paragraph(getTranslation("testing.public.withdrawn"));
		notice.addClassName("notice");
		notice.getElement().setAttribute("role", "note");
		add(new H1(uid), notice);
	}

	private void show(PublicTestPlan plan, List<VersionSummary> history, List<TestEvent> events) {
		removeAll();
		title = getTranslation("testing.public.title", plan.data().systemName());
		Span badge = new Span(getTranslation(plan.status().translationKey()));
		badge.getElement().getThemeList().add("badge");
		add(new H1(title), badge);
		add(new Paragraph(getTranslation("testing.public.intro", plan.uid(), plan.providerName())));
		if (!plan.isLatest()) {
			Paragraph older = new Paragraph(getTranslation("testing.public.olderVersion") + " ");
			older.add(new Anchor(TestingRoutes.permalink(plan.uid()), getTranslation("testing.public.toLatest")));
			older.addClassName("notice");
			add(older);
		}
		add(new Section(new H2(getTranslation("testing.public.registration")),
				new PlanDetails(plan.data(), plan.contentSha256())));
		if (!events.isEmpty()) {
			UnorderedList list = new UnorderedList();
			for (TestEvent event : events) {
				list.add(new ListItem(getTranslation("testing.events.line",
						Days.format(event.occurredOn(), getLocale()), getTranslation(event.kind().translationKey()),
						event.reason() == null ? "" : event.reason())));
			}
			add(new Section(new H2(getTranslation("testing.public.events")), list));
		}
		UnorderedList versions = new UnorderedList();
		for (VersionSummary version : history) {
			Anchor link = new Anchor(TestingRoutes.permalink(plan.uid()) + "/versions/" + version.version(),
					getTranslation("testing.public.version", version.version(),
							Formats.date(version.publishedAt(), getLocale()),
							version.changeSummary().isEmpty() ? "–" : version.changeSummary()));
			versions.add(new ListItem(link));
		}
		add(new Section(new H2(getTranslation("testing.public.history")), versions));
	}

	@Override
	public String getPageTitle() {
		return title + " · " + getTranslation("app.name");
	}

}
