package org.airegistry.oversight.ui;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.airegistry.deployment.DeploymentOversight;
import org.airegistry.deployment.FriaNotification;
import org.airegistry.deployment.FriaOversight;
import org.airegistry.deployment.UnregisteredAuthority;
import org.airegistry.explanation.ExplanationOversight;
import org.airegistry.explanation.ExplanationRoutes;
import org.airegistry.incident.IncidentOversight;
import org.airegistry.incident.IncidentRoutes;
import org.airegistry.moderation.InaccuracyReports;
import org.airegistry.moderation.Moderation;
import org.airegistry.moderation.ModerationAction;
import org.airegistry.moderation.ModerationKind;
import org.airegistry.organisation.AccountService;
import org.airegistry.publication.Freshness;
import org.airegistry.registry.RepresentativeMandates;
import org.airegistry.registry.RegistryStatistics;
import org.airegistry.registry.RegistryStatistics.Filter;
import org.airegistry.registry.RegistryStatistics.Snapshot;
import org.airegistry.registry.RegistryStatistics.Tier;
import org.airegistry.security.CurrentActor;
import org.airegistry.shared.Competence;
import org.airegistry.shared.Audited;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testing.TestPlanState;
import org.airegistry.testing.TestingOversight;
import org.airegistry.testing.TestingRoutes;
import org.airegistry.shell.components.LocalisedDatePicker;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.airegistry.shell.components.RegulatorLinks;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The regulator's dashboard: key figures, what needs attention, and charts of the
 * registry (registrations over time by tier, entries by Annex III area and by Member
 * State), each with a table view and a CSV download, filtered by Member State and
 * registration period.
 */
@Route("oversight")
@Menu(title = "nav.dashboard", order = 40)
@RolesAllowed({ Role.Names.REGULATOR, Role.Names.ADMIN })
public class DashboardView extends Main implements HasDynamicTitle {

	static final int ATTENTION_LIMIT = 10;

	private final RegistryStatistics statistics;

	private final AccountService accounts;

	private final CurrentActor currentActor;

	private final FriaOversight frias;

	private final InaccuracyReports reports;

	private final Moderation moderation;

	private final ExplanationOversight explanations;

	private final DeploymentOversight deployments;

	private final ApplicationEventPublisher events;

	private final IncidentOversight incidents;

	private final TestingOversight tests;

	private final ComboBox<MemberState> memberState = new ComboBox<>();

	private final DatePicker from = new LocalisedDatePicker();

	private final DatePicker to = new LocalisedDatePicker();

	private final Div content = new Div();

	private final Freshness freshness;

	private final RepresentativeMandates mandates;

	private final java.time.Clock clock;

	public DashboardView(RegistryStatistics statistics, AccountService accounts, CurrentActor currentActor,
			FriaOversight frias, InaccuracyReports reports, Moderation moderation, ExplanationOversight explanations,
			DeploymentOversight deployments, ApplicationEventPublisher events, IncidentOversight incidents,
			TestingOversight tests, Freshness freshness, RepresentativeMandates mandates, java.time.Clock clock) {
		this.mandates = mandates;
		this.clock = clock;
		this.incidents = incidents;
		this.tests = tests;
		this.freshness = freshness;
		this.moderation = moderation;
		this.events = events;
		this.explanations = explanations;
		this.deployments = deployments;
		this.statistics = statistics;
		this.accounts = accounts;
		this.currentActor = currentActor;
		this.frias = frias;
		this.reports = reports;
		addClassName("page");
		addClassName("dashboard");
		Locale locale = getLocale();
		memberState.setLabel(getTranslation("dashboard.filter.memberState"));
		memberState.setItems(Arrays.stream(MemberState.values())
			.sorted(Comparator.comparing(state -> state.displayName(locale)))
			.toList());
		memberState.setItemLabelGenerator(state -> state.displayName(locale));
		memberState.setClearButtonVisible(true);
		from.setLabel(getTranslation("dashboard.filter.from"));
		to.setLabel(getTranslation("dashboard.filter.to"));
		from.setLocale(locale);
		to.setLocale(locale);
		from.addValueChangeListener(event -> to.setMin(event.getValue()));
		to.addValueChangeListener(event -> from.setMax(event.getValue()));
		memberState.addValueChangeListener(event -> refresh());
		from.addValueChangeListener(event -> refresh());
		to.addValueChangeListener(event -> refresh());
		HorizontalLayout filters = new HorizontalLayout(memberState, from, to);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		add(new H1(getTranslation("dashboard.title")), attention(), filters, content);
		refresh();
	}

	private Section attention() {
		Section section = new Section(new H2(getTranslation("dashboard.attention")));
		section.addClassName("attention");
		UnorderedList items = new UnorderedList();
		if (isRegulator()) {
			int pending = accounts.pendingOrganisations().size();
			Anchor link = new Anchor("oversight/organisations",
					getTranslation("dashboard.attention.pendingOrganisations", pending));
			items.add(new ListItem(link));
			if (competent(Competence.FRIA_NOTIFICATIONS)) {
				long unacknowledged = notifications().stream()
					.filter(notification -> notification.acknowledgedAt() == null)
					.count();
				items.add(new ListItem(new Anchor("oversight/fria",
						getTranslation("dashboard.attention.friaNotifications", unacknowledged))));
			}
			items.add(new ListItem(new Anchor("oversight/reports",
					getTranslation("dashboard.attention.openReports", reports.openCount()))));
			items.add(moderated(
					getTranslation("dashboard.attention.overdueCorrections", moderation.overdueCorrectionCount()),
					"attention-overdue-corrections",
					moderation.openActions(ModerationKind.CORRECTION_REQUEST, ATTENTION_LIMIT)
						.stream()
						.filter(action -> action.isOverdue(moderation.today()))
						.toList()));
			items.add(moderated(getTranslation("dashboard.attention.flaggedEntries", moderation.flaggedCount()),
					"attention-flagged-entries", moderation.openActions(ModerationKind.FLAG, ATTENTION_LIMIT)));
			items.add(new ListItem(new Anchor(ExplanationRoutes.COMPLAINTS,
					getTranslation("dashboard.attention.overdueExplanations", explanations.overdueCount()))));
			items.add(expiredCertificates());
			items.add(unconfirmedMandates());
			items.add(notConfirmedInTime());
			if (competent(Competence.FRIA_NOTIFICATIONS)) {
				items.add(new ListItem(new Anchor("oversight/fria",
						getTranslation("dashboard.attention.friaUpdates", deployments.friasAwaitingUpdate()))));
			}
			items.add(unregisteredAuthorities());
			if (competent(Competence.SERIOUS_INCIDENTS)) {
				incidentAttention(items);
			}
			if (competent(Competence.REAL_WORLD_TESTING)) {
				testingAttention(items);
			}
		}
		if (items.getChildren().findAny().isEmpty()) {
			section.add(new Paragraph(getTranslation("dashboard.attention.none")));
		}
		else {
			section.add(items);
		}
		return section;
	}

	/**
	 * An attention item with the entries it concerns, each with its "Moderate" link
	 * (issue 21: the moderation page was linked from nowhere).
	 */
	private ListItem moderated(String text, String id, List<ModerationAction> actions) {
		ListItem item = new ListItem(text);
		item.setId(id);
		if (!actions.isEmpty()) {
			UnorderedList entries = new UnorderedList();
			actions.forEach(action -> entries
				.add(new ListItem(new Anchor(RegulatorLinks.MODERATION_ROUTE + action.registrationNumber(),
						getTranslation("moderation.link", action.registrationNumber())))));
			item.add(entries);
		}
		return item;
	}

	/**
	 * Entries whose review date passed: the registered notified-body certificate (Annex
	 * VIII A.8) expired, so the entry must be updated (Annex VIII "kept up to date", Art
	 * 44(2)).
	 */
	private ListItem expiredCertificates() {
		List<RegistryStatistics.ExpiredCertificate> expired = statistics.expiredCertificates();
		return entries("attention-expired-certificates",
				getTranslation("dashboard.attention.expiredCertificates", expired.size()),
				expired.stream()
					.map(entry -> new AttentionEntry(entry.registrationNumber(), entry.page(),
							getTranslation("dashboard.attention.expiredCertificate", entry.registrationNumber(),
									entry.tradeName(), mediumDate(entry.expiryDate())),
							true))
					.toList());
	}

	/**
	 * Published entries whose named authorised representative has not confirmed its
	 * mandate (Art 22(3), DD067): A.3 states that a representative was named without
	 * naming it, so the authority may want to follow up with the provider.
	 */
	private ListItem unconfirmedMandates() {
		List<org.airegistry.registry.UnconfirmedMandate> unconfirmed = mandates.unconfirmed();
		java.time.Instant now = clock.instant();
		return entries("attention-unconfirmed-mandates",
				getTranslation("dashboard.attention.unconfirmedMandates", unconfirmed.size()),
				unconfirmed.stream()
					.map(mandate -> new AttentionEntry(mandate.registrationNumber(), mandate.page(),
							getTranslation("dashboard.attention.unconfirmedMandate", mandate.registrationNumber(),
									mandate.tradeName(), mandate.invitedOrganisation(),
									getTranslation(mandate.expired(now) ? "mandate.state.EXPIRED"
											: mandate.state().translationKey())),
							true))
					.toList());
	}

	/**
	 * Records of every kind (entries, deployer registrations, GPAI model pages) that
	 * their owners neither updated nor confirmed as current within the review interval
	 * (issue 21, freshness).
	 */
	private ListItem notConfirmedInTime() {
		List<Freshness.Unconfirmed> stale = freshness.notConfirmedInTime();
		return entries("attention-not-confirmed", getTranslation("dashboard.attention.notConfirmed", stale.size()),
				stale.stream()
					.map(record -> new AttentionEntry(record.reference(), record.permalink(),
							getTranslation(record.textKey(), record.reference(), record.name(),
									mediumDate(record.dueOn())),
							record.moderated()))
					.toList());
	}

	/**
	 * A record of the attention list: how it is named, its page, what is said of it, and
	 * whether it has a "Moderate" page (entries).
	 */
	private record AttentionEntry(String reference, String link, String text, boolean moderated) {
	}

	/**
	 * An attention item listing entries, each linked to its page and its "Moderate" page.
	 */
	private ListItem entries(String id, String text, List<AttentionEntry> listed) {
		ListItem item = new ListItem(text);
		item.setId(id);
		if (!listed.isEmpty()) {
			UnorderedList entries = new UnorderedList();
			listed.stream().limit(ATTENTION_LIMIT).forEach(entry -> {
				ListItem listItem = new ListItem(new Anchor(entry.link(), entry.text()));
				if (entry.moderated()) {
					listItem.add(new Text(" · "), new Anchor(RegulatorLinks.MODERATION_ROUTE + entry.reference(),
							getTranslation("moderation.link", entry.reference())));
				}
				entries.add(listItem);
			});
			item.add(entries);
		}
		return item;
	}

	private String mediumDate(java.time.LocalDate date) {
		return DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
			.withLocale(getLocale())
			.format(date);
	}

	/** Public-authority deployers without any registration (Art 49(3), 26(8)). */
	private ListItem unregisteredAuthorities() {
		List<UnregisteredAuthority> authorities = deployments.publicAuthoritiesWithoutRegistration();
		ListItem item = new ListItem(getTranslation("dashboard.attention.unregisteredAuthorities", authorities.size()));
		item.setId("attention-unregistered-authorities");
		if (!authorities.isEmpty()) {
			UnorderedList names = new UnorderedList();
			authorities.stream()
				.limit(ATTENTION_LIMIT)
				.forEach(authority -> names.add(new ListItem(authority.legalName() + " ("
						+ MemberState.fromCode(authority.country())
							.map(state -> state.displayName(getLocale()))
							.orElse(authority.country())
						+ ")")));
			item.add(names);
		}
		return item;
	}

	/**
	 * Serious incidents (Art 73): reports not acknowledged, the authority's 7-day periods
	 * for measures that passed (Art 73(8)), late reports, initial reports without their
	 * complete report (Art 73(5)), overdue requests, the Commission not notified (Art
	 * 73(11)), and reports waiting for an authority to use the registry.
	 */
	private void incidentAttention(UnorderedList items) {
		IncidentOversight.Attention attention = incidents.attention();
		items.add(new ListItem(new Anchor(IncidentRoutes.INBOX,
				getTranslation("incident.dashboard.attention.unacknowledged", attention.unacknowledged()))));
		ListItem overdue = new ListItem(new Anchor(IncidentRoutes.INBOX,
				getTranslation("incident.dashboard.attention.measuresOverdue", attention.measuresOverdue().size())));
		overdue.setId("attention-incident-measures-overdue");
		if (!attention.measuresOverdue().isEmpty()) {
			UnorderedList reports = new UnorderedList();
			attention.measuresOverdue()
				.stream()
				.limit(ATTENTION_LIMIT)
				.forEach(report -> reports.add(new ListItem(new Anchor(IncidentRoutes.inboxReport(report.id()),
						getTranslation("incident.dashboard.attention.measuresOverdueItem", report.reference(),
								report.subjectName(), org.airegistry.shell.components.Formats
									.dateTime(report.measuresDueAt().minusSeconds(1), getLocale()))))));
			overdue.add(reports);
		}
		items.add(overdue);
		ListItem late = new ListItem(getTranslation("incident.dashboard.attention.late", attention.lateReports()));
		late.setId("attention-incident-late");
		items.add(late);
		items.add(new ListItem(
				getTranslation("incident.dashboard.attention.awaitingComplete", attention.awaitingCompleteReport())));
		items.add(new ListItem(
				getTranslation("incident.dashboard.attention.requestsOverdue", attention.requestsOverdue())));
		items.add(new ListItem(
				getTranslation("incident.dashboard.attention.commission", attention.commissionNotNotified())));
		if (attention.awaitingAuthority() > 0) {
			items.add(new ListItem(
					getTranslation("incident.dashboard.attention.awaitingAuthority", attention.awaitingAuthority())));
		}
	}

	/**
	 * Testing in real-world conditions (Art 60): plans awaiting a decision, tacit
	 * approvals within a week (Art 60(4)(b)), pending authorisations, tests past their
	 * latest end (Art 60(4)(f)), ended tests without an outcome (Art 60(8)).
	 */
	private void testingAttention(UnorderedList items) {
		TestingOversight.Attention attention = tests.attention();
		items.add(new ListItem(new Anchor(TestingRoutes.INBOX,
				getTranslation("testing.dashboard.attention.awaitingDecision", attention.awaitingDecision()))));
		ListItem tacit = new ListItem(new Anchor(TestingRoutes.INBOX,
				getTranslation("testing.dashboard.attention.tacitSoon", attention.tacitSoon().size())));
		tacit.setId("attention-testing-tacit-soon");
		if (!attention.tacitSoon().isEmpty()) {
			UnorderedList plans = new UnorderedList();
			attention.tacitSoon()
				.stream()
				.limit(ATTENTION_LIMIT)
				.forEach(plan -> plans.add(new ListItem(new Anchor(TestingRoutes.inboxPlan(plan.id()),
						getTranslation("testing.dashboard.attention.tacitSoonItem", plan.uid(),
								org.airegistry.shell.components.Formats.dateTime(plan.tacitAt().minusSeconds(1),
										getLocale()))))));
			tacit.add(plans);
		}
		items.add(tacit);
		items.add(new ListItem(
				getTranslation("testing.dashboard.attention.authorisationPending", attention.authorisationPending())));
		items.add(new ListItem(getTranslation("testing.dashboard.attention.pastEnd", attention.pastEnd())));
		items.add(
				new ListItem(getTranslation("testing.dashboard.attention.outcomeMissing", attention.outcomeMissing())));
		if (attention.awaitingAuthority() > 0) {
			items.add(new ListItem(
					getTranslation("testing.dashboard.attention.awaitingAuthority", attention.awaitingAuthority())));
		}
	}

	/** A chart's CSV download is an export: recorded in the audit trail. */
	private void exported(Chart chart) {
		events.publishEvent(Audited.of("dashboard.exported", "chart", chart.id()));
	}

	private void refresh() {
		Locale locale = getLocale();
		Snapshot snapshot = statistics.snapshot(new Filter(memberState.getValue(), from.getValue(), to.getValue()));
		content.removeAll();
		content.add(figures(snapshot, locale));
		Div charts = new Div(new ChartPanel(perMonth(snapshot, locale), locale, this::exported),
				new ChartPanel(perArea(snapshot), locale, this::exported),
				new ChartPanel(perMemberState(snapshot, locale), locale, this::exported));
		if (isRegulator()) {
			if (competent(Competence.FRIA_NOTIFICATIONS)) {
				charts.add(new ChartPanel(friaPerMonth(locale), locale, this::exported));
			}
			ExplanationOversight.Overview requests = explanations
				.overview(new ExplanationOversight.Filter(memberState.getValue(), from.getValue(), to.getValue()));
			charts.add(new ChartPanel(requestsPerState(requests), locale, this::exported));
			charts.add(new ChartPanel(overduePerDeployer(requests), locale, this::exported));
			IncidentOversight.Statistics incidentStatistics = incidents
				.statistics(new IncidentOversight.Filter(memberState.getValue(), from.getValue(), to.getValue()));
			content.add(incidentFigures(incidentStatistics, locale));
			charts.add(new ChartPanel(incidentsPerMonth(incidentStatistics, locale), locale, this::exported));
			charts.add(new ChartPanel(incidentsPerArea(incidentStatistics), locale, this::exported));
			charts.add(new ChartPanel(incidentsPerMemberState(incidentStatistics, locale), locale, this::exported));
			charts.add(new ChartPanel(
					testsPerState(tests.statistics(
							new TestingOversight.Filter(memberState.getValue(), from.getValue(), to.getValue()))),
					locale, this::exported));
		}
		charts.addClassName("charts");
		content.add(charts);
	}

	private DescriptionList figures(Snapshot snapshot, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		long restricted = snapshot.registrationsPerMonth()
			.values()
			.stream()
			.mapToLong(counts -> counts.getOrDefault(Tier.RESTRICTED, 0L))
			.sum();
		DescriptionList figures = new DescriptionList();
		figures.addClassName("key-figures");
		figures.add(new DescriptionList.Term(getTranslation("dashboard.figure.entries")),
				new DescriptionList.Description(numbers.format(snapshot.total())),
				new DescriptionList.Term(getTranslation("dashboard.figure.restricted")),
				new DescriptionList.Description(numbers.format(restricted)));
		return figures;
	}

	Chart perMonth(Snapshot snapshot, Locale locale) {
		DateTimeFormatter month = months(locale);
		List<String> categories = new ArrayList<>();
		List<Long> publicCounts = new ArrayList<>();
		List<Long> restrictedCounts = new ArrayList<>();
		for (Map.Entry<YearMonth, Map<Tier, Long>> entry : snapshot.registrationsPerMonth().entrySet()) {
			categories.add(month.format(entry.getKey()));
			publicCounts.add(entry.getValue().getOrDefault(Tier.PUBLIC, 0L));
			restrictedCounts.add(entry.getValue().getOrDefault(Tier.RESTRICTED, 0L));
		}
		return new Chart("registrations-per-month", getTranslation("dashboard.chart.perMonth"),
				getTranslation("dashboard.chart.month"), categories,
				List.of(new Chart.Series(getTranslation("dashboard.tier.PUBLIC"), publicCounts),
						new Chart.Series(getTranslation("dashboard.tier.RESTRICTED"), restrictedCounts)),
				false);
	}

	Chart perArea(Snapshot snapshot) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (int area = 1; area <= 8; area++) {
			categories.add(getTranslation("annexIII.area." + area));
			counts.add(snapshot.perAnnexIIIArea().getOrDefault(area, 0L));
		}
		return new Chart("entries-per-area", getTranslation("dashboard.chart.perArea"),
				getTranslation("dashboard.chart.area"), categories,
				List.of(new Chart.Series(getTranslation("dashboard.chart.entries"), counts)), true);
	}

	Chart perMemberState(Snapshot snapshot, Locale locale) {
		List<Map.Entry<MemberState, Long>> states = snapshot.perMemberState()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<MemberState, Long>comparingByValue()
				.reversed()
				.thenComparing(entry -> entry.getKey().displayName(locale)))
			.toList();
		return new Chart("entries-per-member-state", getTranslation("dashboard.chart.perMemberState"),
				getTranslation("dashboard.chart.memberState"),
				states.stream().map(entry -> entry.getKey().displayName(locale)).toList(),
				List.of(new Chart.Series(getTranslation("dashboard.chart.entries"),
						states.stream().map(Map.Entry::getValue).toList())),
				true);
	}

	private boolean isRegulator() {
		return currentActor.current().map(actor -> actor.has(Role.REGULATOR)).orElse(false);
	}

	/** Whether the regulator holds the competence (FRIA notifications need theirs). */
	private boolean competent(Competence competence) {
		return currentActor.current().map(actor -> actor.has(competence)).orElse(false);
	}

	private List<FriaNotification> notifications() {
		return frias.inbox(10_000);
	}

	/**
	 * FRIA notifications (Art 27(3)) per month of notification, within the period filter.
	 */
	Chart friaPerMonth(Locale locale) {
		java.util.SortedMap<YearMonth, Long> perMonth = new java.util.TreeMap<>();
		for (FriaNotification notification : notifications()) {
			java.time.LocalDate day = java.time.LocalDate.ofInstant(notification.notifiedAt(), RegistryStatistics.ZONE);
			if ((from.getValue() != null && day.isBefore(from.getValue()))
					|| (to.getValue() != null && day.isAfter(to.getValue()))) {
				continue;
			}
			perMonth.merge(YearMonth.from(day), 1L, Long::sum);
		}
		if (!perMonth.isEmpty()) {
			for (YearMonth month = perMonth.firstKey(); month
				.isBefore(perMonth.lastKey()); month = month.plusMonths(1)) {
				perMonth.putIfAbsent(month, 0L);
			}
		}
		DateTimeFormatter month = months(locale);
		return new Chart("fria-notifications-per-month", getTranslation("dashboard.chart.friaPerMonth"),
				getTranslation("dashboard.chart.month"), perMonth.keySet().stream().map(month::format).toList(),
				List.of(new Chart.Series(getTranslation("dashboard.chart.notifications"),
						List.copyOf(perMonth.values()))),
				false);
	}

	/**
	 * Art 86 explanation requests per state, counted by the day they reached the deployer
	 * and the deployer's Member State.
	 */
	Chart requestsPerState(ExplanationOversight.Overview overview) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		overview.perState().forEach((state, count) -> {
			categories.add(getTranslation("explanation.state." + state.name()));
			counts.add(count);
		});
		return new Chart("explanation-requests-per-state", getTranslation("dashboard.chart.requestsPerState"),
				getTranslation("dashboard.chart.state"), categories,
				List.of(new Chart.Series(getTranslation("dashboard.chart.requests"), counts)), true);
	}

	/** Overdue Art 86 requests per deployer, most overdue first. */
	Chart overduePerDeployer(ExplanationOversight.Overview overview) {
		return new Chart("overdue-explanations-per-deployer", getTranslation("dashboard.chart.overduePerDeployer"),
				getTranslation("dashboard.chart.deployer"),
				overview.overduePerDeployer().stream().map(ExplanationOversight.DeployerOverdue::deployerName).toList(),
				List.of(new Chart.Series(getTranslation("dashboard.chart.overdue"),
						overview.overduePerDeployer()
							.stream()
							.map(ExplanationOversight.DeployerOverdue::overdue)
							.toList())),
				true);
	}

	private DescriptionList incidentFigures(IncidentOversight.Statistics statistics, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		DescriptionList figures = new DescriptionList();
		figures.addClassName("key-figures");
		figures.setId("incident-figures");
		figures.add(new DescriptionList.Term(getTranslation("incident.dashboard.figure.incidents")),
				new DescriptionList.Description(numbers.format(statistics.total())),
				new DescriptionList.Term(getTranslation("incident.dashboard.figure.onTimeRate")),
				new DescriptionList.Description(percent.format(statistics.onTimeRate())));
		return figures;
	}

	/**
	 * How every chart names a month: the locale's month-year form ("Dec 2026", "Dez.
	 * 2026"), never a form that reads as a day (issue 21).
	 */
	static DateTimeFormatter months(Locale locale) {
		return DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale);
	}

	/** Serious incidents per month of first report, in time and late (Art 73(2)-(4)). */
	Chart incidentsPerMonth(IncidentOversight.Statistics statistics, Locale locale) {
		DateTimeFormatter month = months(locale);
		List<String> categories = new ArrayList<>();
		List<Long> inTime = new ArrayList<>();
		List<Long> late = new ArrayList<>();
		statistics.perMonth().forEach((yearMonth, counts) -> {
			categories.add(month.format(yearMonth));
			inTime.add(counts[0]);
			late.add(counts[1]);
		});
		return new Chart("incidents-per-month", getTranslation("incident.dashboard.chart.perMonth"),
				getTranslation("dashboard.chart.month"), categories,
				List.of(new Chart.Series(getTranslation("incident.dashboard.chart.inTime"), inTime),
						new Chart.Series(getTranslation("incident.dashboard.chart.late"), late)),
				false);
	}

	/** Serious incidents per Annex III area of the system (and GPAI models). */
	Chart incidentsPerArea(IncidentOversight.Statistics statistics) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (int area = 1; area <= 8; area++) {
			categories.add(getTranslation("annexIII.area." + area));
			counts.add(statistics.perArea().getOrDefault(area, 0L));
		}
		categories.add(getTranslation("incident.dashboard.chart.gpai"));
		counts.add(statistics.perArea().getOrDefault(0, 0L));
		return new Chart("incidents-per-area", getTranslation("incident.dashboard.chart.perArea"),
				getTranslation("dashboard.chart.area"), categories,
				List.of(new Chart.Series(getTranslation("incident.dashboard.chart.incidents"), counts)), true);
	}

	/** Serious incidents per Member State where they occurred. */
	Chart incidentsPerMemberState(IncidentOversight.Statistics statistics, Locale locale) {
		List<Map.Entry<MemberState, Long>> states = statistics.perMemberState()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<MemberState, Long>comparingByValue()
				.reversed()
				.thenComparing(entry -> entry.getKey().displayName(locale)))
			.toList();
		return new Chart("incidents-per-member-state", getTranslation("incident.dashboard.chart.perMemberState"),
				getTranslation("dashboard.chart.memberState"),
				states.stream().map(entry -> entry.getKey().displayName(locale)).toList(),
				List.of(new Chart.Series(getTranslation("incident.dashboard.chart.incidents"),
						states.stream().map(Map.Entry::getValue).toList())),
				true);
	}

	/** Registered tests in real-world conditions by state (Art 60). */
	Chart testsPerState(TestingOversight.Statistics statistics) {
		List<String> categories = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		for (TestPlanState state : TestPlanState.values()) {
			if (state != TestPlanState.DRAFT) {
				categories.add(getTranslation(state.translationKey()));
				counts.add(statistics.perState().getOrDefault(state, 0L));
			}
		}
		return new Chart("tests-per-state", getTranslation("testing.dashboard.chart.perState"),
				getTranslation("dashboard.chart.state"), categories,
				List.of(new Chart.Series(getTranslation("testing.dashboard.chart.tests"), counts)), true);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
	}

}
