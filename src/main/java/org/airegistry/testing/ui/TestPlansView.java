package org.airegistry.testing.ui;

import java.util.List;

import org.airegistry.shared.Role;
import org.airegistry.testing.TestPlan;
import org.airegistry.testing.TestPlanService;
import org.airegistry.testing.TestPlanSummary;
import org.airegistry.testing.TestingRoutes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * A provider's (or prospective provider's) tests in real-world conditions: start a new
 * plan (its UID is given at once) and the list with each test's state and whether the
 * public sees it.
 */
@Route(TestingRoutes.WORKSPACE)
@Menu(title = "nav.tests", order = 14)
@RolesAllowed(Role.Names.PROVIDER)
public class TestPlansView extends Main implements HasDynamicTitle {

	public TestPlansView(TestPlanService plans) {
		addClassName("page");
		addClassName("test-plans");
		Button create = new Button(getTranslation("testing.workspace.create"), click -> {
			TestPlan plan = plans.create();
			getUI().ifPresent(ui -> ui.navigate(TestingRoutes.plan(plan.id())));
		});
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		List<TestPlanSummary> mine = plans.myPlans();
		Grid<TestPlanSummary> grid = new Grid<>();
		grid.setAriaLabel(getTranslation("testing.workspace.mine"));
		grid.addComponentColumn(plan -> new Anchor(TestingRoutes.plan(plan.id()), plan.uid()))
			.setHeader(getTranslation("testing.column.uid"))
			.setAutoWidth(true);
		grid.addColumn(plan -> plan.systemName().isEmpty() ? "–" : plan.systemName())
			.setHeader(getTranslation("testing.column.system"))
			.setFlexGrow(2);
		grid.addComponentColumn(plan -> badge(getTranslation(plan.state().translationKey())))
			.setHeader(getTranslation("testing.column.state"));
		grid.addColumn(this::visibility).setHeader(getTranslation("testing.column.visibility"));
		grid.addColumn(plan -> plan.startedOn() == null ? "–" : Days.format(plan.startedOn(), getLocale()))
			.setHeader(getTranslation("testing.column.started"));
		grid.addColumn(plan -> plan.endLimit() == null ? "–" : Days.format(plan.endLimit(), getLocale()))
			.setHeader(getTranslation("testing.column.endLimit"));
		grid.setItems(mine);
		grid.setAllRowsVisible(true);
		grid.setVisible(!mine.isEmpty());
		Paragraph empty = new Paragraph(getTranslation("testing.workspace.empty"));
		empty.setVisible(mine.isEmpty());
		add(new H1(getTranslation("testing.workspace.title")), new Paragraph(getTranslation("testing.workspace.intro")),
				create, new Section(new H2(getTranslation("testing.workspace.mine")), grid, empty));
	}

	private String visibility(TestPlanSummary plan) {
		if (plan.visibility() == null) {
			return getTranslation("testing.visibility.unregistered");
		}
		if (plan.held()) {
			return getTranslation("testing.visibility.withdrawn");
		}
		return getTranslation("testing.visibility." + plan.visibility().name());
	}

	static Component badge(String text) {
		Span badge = new Span(text);
		badge.getElement().getThemeList().add("badge");
		return badge;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("testing.workspace.title") + " · " + getTranslation("app.name");
	}

}
