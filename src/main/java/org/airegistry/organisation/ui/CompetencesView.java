package org.airegistry.organisation.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.airegistry.organisation.AuthorityAdministration;
import org.airegistry.organisation.CompetenceHolder;
import org.airegistry.shared.Competence;
import org.airegistry.shared.Jurisdiction;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Who holds which competence where: per Member State (and the Union level) and
 * competence, the authorities with active users holding it, gaps marked in words ("no
 * one"); then every holder, filterable by competence.
 */
@Route(CompetencesView.ROUTE)
@Menu(title = "nav.competences", order = 81)
@RolesAllowed(Role.Names.ADMIN)
public class CompetencesView extends Main implements HasDynamicTitle {

	static final String ROUTE = "admin/competences";

	/** One line of the coverage table: a jurisdiction and its holders per competence. */
	record Coverage(Jurisdiction jurisdiction, Map<Competence, List<CompetenceHolder>> holders) {

		/** Authority names holding the competence here, empty when no one does. */
		List<String> authorities(Competence competence) {
			return holders.getOrDefault(competence, List.of())
				.stream()
				.map(CompetenceHolder::authorityName)
				.distinct()
				.toList();
		}

	}

	private final Grid<Coverage> coverage = new Grid<>();

	private final Grid<CompetenceHolder> holders = new Grid<>();

	private final Select<Competence> filter = new Select<>();

	private final List<CompetenceHolder> all;

	public CompetencesView(AuthorityAdministration administration) {
		addClassName("page");
		all = administration.holders();
		coverage.setAriaLabel(getTranslation("competences.coverage"));
		coverage.addColumn(row -> AuthorityLabels.jurisdiction(this, row.jurisdiction()))
			.setHeader(getTranslation("authority.jurisdiction"))
			.setFrozen(true)
			.setAutoWidth(true);
		for (Competence competence : Competence.values()) {
			coverage.addColumn(row -> cell(row, competence))
				.setHeader(getTranslation("competence." + competence.name() + ".short"))
				.setAutoWidth(true)
				.setPartNameGenerator(row -> row.authorities(competence).isEmpty() ? "coverage-gap" : null);
		}
		coverage.setItems(coverage(all));
		coverage.setAllRowsVisible(true);

		filter.setLabel(getTranslation("competences.filter"));
		filter.setItems(Competence.values());
		filter.setItemLabelGenerator(competence -> competence == null ? getTranslation("competences.filter.all")
				: AuthorityLabels.competence(this, competence));
		filter.setEmptySelectionAllowed(true);
		filter.setEmptySelectionCaption(getTranslation("competences.filter.all"));
		filter.addValueChangeListener(event -> showHolders());
		holders.setAriaLabel(getTranslation("competences.holders"));
		holders.addColumn(holder -> AuthorityLabels.competence(this, holder.competence()))
			.setHeader(getTranslation("competences.competence"))
			.setAutoWidth(true);
		holders.addColumn(holder -> AuthorityLabels.jurisdiction(this, holder.jurisdiction()))
			.setHeader(getTranslation("authority.jurisdiction"));
		holders
			.addComponentColumn(holder -> new Anchor(AuthoritiesView.link(holder.authority()), holder.authorityName()))
			.setHeader(getTranslation("authority.legalName"));
		holders.addColumn(CompetenceHolder::userName).setHeader(getTranslation("authority.user.name"));
		holders.addColumn(CompetenceHolder::loginEmail).setHeader(getTranslation("authority.user.email"));
		holders.setAllRowsVisible(true);
		showHolders();

		add(new H1(getTranslation("competences.title")), new Paragraph(getTranslation("competences.intro")),
				new H2(getTranslation("competences.coverage")), coverage, new H2(getTranslation("competences.holders")),
				filter, holders, new Anchor(AuthoritiesView.ROUTE, getTranslation("authority.back")));
	}

	private String cell(Coverage row, Competence competence) {
		List<String> authorities = row.authorities(competence);
		return authorities.isEmpty() ? getTranslation("competences.noOne") : String.join(", ", authorities);
	}

	private void showHolders() {
		Competence chosen = filter.getValue();
		holders.setItems(all.stream().filter(holder -> chosen == null || holder.competence() == chosen).toList());
	}

	/**
	 * Every Member State in the user's alphabetical order, then the Union level, each
	 * with its holders per competence.
	 */
	List<Coverage> coverage(List<CompetenceHolder> holders) {
		Map<Jurisdiction, Map<Competence, List<CompetenceHolder>>> grouped = new LinkedHashMap<>();
		List<Jurisdiction> jurisdictions = new ArrayList<>();
		java.util.Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(getLocale())))
			.forEach(state -> jurisdictions.add(Jurisdiction.national(state)));
		jurisdictions.add(Jurisdiction.union());
		jurisdictions.forEach(jurisdiction -> grouped.put(jurisdiction, new EnumMap<>(Competence.class)));
		holders.forEach(holder -> grouped.get(holder.jurisdiction())
			.computeIfAbsent(holder.competence(), key -> new ArrayList<>())
			.add(holder));
		return grouped.entrySet()
			.stream()
			.map(entry -> new Coverage(entry.getKey(), entry.getValue()))
			.collect(Collectors.toList());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("competences.title") + " · " + getTranslation("app.name");
	}

}
