package org.airegistry.audit.ui;

import java.time.LocalDate;
import java.util.Locale;

import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditRecord;
import org.airegistry.audit.AuditIntegrity;
import org.airegistry.audit.AuditTrail;
import org.airegistry.audit.ChainReport;
import org.airegistry.shared.Role;
import org.airegistry.shell.components.Formats;
import org.airegistry.shell.components.LocalisedDatePicker;
import org.airegistry.shared.i18n.Citations;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * The audit trail for regulators and administrators: newest first, paged in the database,
 * filtered by action, text (subject or user) and period, exportable as CSV with the same
 * filters.
 */
@Route("oversight/audit")
@Menu(title = "nav.audit", order = 70)
@RolesAllowed({ Role.Names.REGULATOR, Role.Names.ADMIN })
public class AuditView extends Main implements HasDynamicTitle {

	private final AuditTrail trail;

	private final ComboBox<String> action = new ComboBox<>();

	private final TextField text = new TextField();

	private final DatePicker from = new LocalisedDatePicker();

	private final DatePicker to = new LocalisedDatePicker();

	private final Paragraph count = new Paragraph();

	private final Grid<AuditRecord> grid = new Grid<>();

	private final ConfigurableFilterDataProvider<AuditRecord, Void, AuditFilter> records;

	private final Anchor export;

	private final AuditIntegrity integrity;

	private final Span chain = new Span();

	public AuditView(AuditTrail trail, AuditIntegrity integrity) {
		this.trail = trail;
		this.integrity = integrity;
		addClassName("page");
		Locale locale = getLocale();

		action.setLabel(getTranslation("audit.filter.action"));
		action.setItems(trail.actions());
		action.setClearButtonVisible(true);
		text.setLabel(getTranslation("audit.filter.text"));
		text.setHelperText(getTranslation("audit.filter.text.help"));
		text.setValueChangeMode(ValueChangeMode.LAZY);
		text.setClearButtonVisible(true);
		from.setLabel(getTranslation("audit.filter.from"));
		to.setLabel(getTranslation("audit.filter.to"));
		from.setLocale(locale);
		to.setLocale(locale);
		from.addValueChangeListener(event -> to.setMin(event.getValue()));
		to.addValueChangeListener(event -> from.setMax(event.getValue()));

		CallbackDataProvider<AuditRecord, AuditFilter> provider = new CallbackDataProvider<>(
				query -> trail.page(query.getFilter().orElse(AuditFilter.ALL), query.getOffset(), query.getLimit())
					.stream(),
				query -> trail.count(query.getFilter().orElse(AuditFilter.ALL)));
		records = provider.withConfigurableFilter();

		grid.addColumn(record -> Formats.dateTime(record.occurredAt(), locale))
			.setHeader(getTranslation("audit.column.when"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
		grid.addColumn(record -> record.withheld() ? getTranslation("audit.withheld.who") : orDash(record.actorName()))
			.setHeader(getTranslation("audit.column.who"));
		grid.addColumn(this::subject).setHeader(getTranslation("audit.column.subject"));
		grid.addColumn(record -> orDash(
				record.legalReference() == null ? null : Citations.format(record.legalReference(), getLocale())))
			.setHeader(getTranslation("audit.column.legalReference"))
			.setAutoWidth(true);
		grid.addColumn(record -> change(record)).setHeader(getTranslation("audit.column.change"));
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		grid.setAriaLabel(getTranslation("audit.title"));
		grid.setItems(records);
		grid.setPageSize(50);

		export = new Anchor();
		export.setText(getTranslation("audit.export"));
		export.getElement().setAttribute("download", true);

		action.addValueChangeListener(event -> apply());
		text.addValueChangeListener(event -> apply());
		from.addValueChangeListener(event -> apply());
		to.addValueChangeListener(event -> apply());

		HorizontalLayout filters = new HorizontalLayout(action, text, from, to);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.setWrap(true);
		chain.setId("audit-chain-status");
		chain.getElement().setAttribute("role", "status");
		Button verify = new Button(getTranslation("audit.chain.verify"), click -> showChain(integrity.verify()));
		verify.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		AuditIntegrity.Checked last = integrity.lastCheck();
		if (last == null) {
			chain.setText(getTranslation("audit.chain.unchecked"));
		}
		else {
			showChain(last);
		}
		HorizontalLayout integrityRow = new HorizontalLayout(chain, verify);
		integrityRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		// issue 21: the "Verify" button goes below the chain's state on narrow screens
		integrityRow.setWrap(true);
		add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), integrityRow, filters,
				new HorizontalLayout(count, export), grid);
		apply();
	}

	private void showChain(AuditIntegrity.Checked checked) {
		ChainReport report = checked.report();
		java.text.NumberFormat numbers = java.text.NumberFormat.getIntegerInstance(getLocale());
		// with its time zone, as every time the portal shows (Formats)
		String when = Formats.dateTime(checked.at(), getLocale());
		chain.getElement().getThemeList().clear();
		if (report.intact()) {
			chain.setText(
					getTranslation("audit.chain.intact", report.verified(), when, report.lastHash().substring(0, 16)));
			chain.getElement().getThemeList().add("badge success");
		}
		else {
			chain.setText(getTranslation("audit.chain.broken", numbers.format(report.brokenAt()), when));
			chain.getElement().getThemeList().add("badge error");
		}
	}

	private void apply() {
		AuditFilter filter = filter();
		records.setFilter(filter);
		int total = trail.count(filter);
		count.setText(getTranslation("audit.count", total));
		export.setHref(csv(filter));
	}

	private DownloadHandler csv(AuditFilter filter) {
		return event -> {
			event.setFileName("audit-trail-" + LocalDate.now(AuditTrail.ZONE) + ".csv");
			event.setContentType("text/csv;charset=UTF-8");
			try (var out = event.getOutputStream()) {
				trail.exportCsv(filter, out);
			}
		};
	}

	private AuditFilter filter() {
		return new AuditFilter(action.getValue(), text.getValue(), from.getValue(), to.getValue());
	}

	/**
	 * What a record is about; for a record about the non-public section that the reader
	 * may not read, that it is withheld (Art 49(4), DD075).
	 */
	private String subject(AuditRecord record) {
		if (record.withheld()) {
			return getTranslation("audit.withheld.subject", record.subjectType());
		}
		return record.subjectType() + (record.subjectId() == null ? "" : " " + record.subjectId());
	}

	private static String change(AuditRecord record) {
		if (record.before() == null && record.after() == null) {
			return "–";
		}
		return orDash(record.before()) + " → " + orDash(record.after());
	}

	private static String orDash(String value) {
		return value == null || value.isBlank() ? "–" : value;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title") + " · " + getTranslation("app.name");
	}

}
