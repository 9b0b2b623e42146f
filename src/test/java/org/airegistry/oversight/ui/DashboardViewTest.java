package org.airegistry.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.registry.RegistryStatistics;
import org.airegistry.registry.RegistryStatistics.Filter;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;

/**
 * The dashboard without a browser: charts, their table views, filters and who gets in.
 */
@H2Test
class DashboardViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	RegistryStatistics statistics;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	TestUser regulator() {
		return testData.user(Role.REGULATOR, OrganisationRole.PROVIDER, OrganisationStatus.ACTIVE);
	}

	@Test
	@DisplayName("Art 49(4): the statistics count non-public entries for regulators, by tier, area and Member State")
	void statisticsCountBothTiers() {
		TestUser regulator = regulator();
		var before = testData.as(regulator, () -> statistics.snapshot(Filter.ALL));
		TestUser provider = testData.provider();
		testData.publish(provider, TestData.sample("Counted Public"));
		testData.publish(provider,
				TestData.sample("Counted Restricted")
					.withAnnexIIIPoint(AnnexIIIPoint.P6D, false)
					.minimisedForRestrictedSection());
		var after = testData.as(regulator, () -> statistics.snapshot(Filter.ALL));
		assertThat(after.total() - before.total()).isEqualTo(2);
		assertThat(after.perAnnexIIIArea().getOrDefault(4, 0L) - before.perAnnexIIIArea().getOrDefault(4, 0L))
			.isEqualTo(1);
		assertThat(after.perAnnexIIIArea().getOrDefault(6, 0L) - before.perAnnexIIIArea().getOrDefault(6, 0L))
			.isEqualTo(1);
		long restrictedBefore = before.registrationsPerMonth()
			.values()
			.stream()
			.mapToLong(m -> m.getOrDefault(RegistryStatistics.Tier.RESTRICTED, 0L))
			.sum();
		long restrictedAfter = after.registrationsPerMonth()
			.values()
			.stream()
			.mapToLong(m -> m.getOrDefault(RegistryStatistics.Tier.RESTRICTED, 0L))
			.sum();
		assertThat(restrictedAfter - restrictedBefore).isEqualTo(1);
		var inMalta = testData.as(regulator, () -> statistics.snapshot(new Filter(MemberState.MT, null, null)));
		assertThat(inMalta.perMemberState().keySet()).allMatch(state -> state == MemberState.MT || inMalta.total() > 0);
		assertThat(inMalta.total()).isLessThan(after.total());
	}

	@Test
	@DisplayName("A regulator sees three charts; each can be read as a table instead")
	@SuppressWarnings("unchecked")
	void chartsWithTables() {
		testData.publish(testData.provider(), TestData.sample("Charted Entry"));
		testData.login(regulator());
		navigate(DashboardView.class);
		assertThat(find(H2.class).withText("Registrations per month").exists()).isTrue();
		assertThat(find(H2.class).withText("Entries by Annex III area").exists()).isTrue();
		assertThat(find(H2.class).withText("Entries by Member State").exists()).isTrue();

		NativeTable areaTable = table("entries-per-area");
		assertThat(areaTable.isVisible()).isFalse();
		Button toggle = find(Button.class).withText("Show as table").all().get(1);
		test(toggle).click();
		assertThat(areaTable.isVisible()).isTrue();
		assertThat(areaTable.getBody().getRows()).hasSize(8);
		assertThat(toggle.getText()).isEqualTo("Show as chart");
		assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

		ComboBox<MemberState> state = find(ComboBox.class).withLabelContaining("Member State").single();
		test(state).selectItem("Malta");
		ChartPanel perState = find(ChartPanel.class).withId("entries-per-member-state").single();
		assertThat(perState.getChildren().noneMatch(NativeTable.class::isInstance))
			.as("no entries placed on the market in Malta: the chart says so instead of drawing nothing")
			.isTrue();
		assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withText("No data for these filters.").exists())
			.isTrue();
	}

	NativeTable table(String chart) {
		return find(ChartPanel.class).withId(chart)
			.single()
			.getChildren()
			.filter(NativeTable.class::isInstance)
			.map(NativeTable.class::cast)
			.findFirst()
			.orElseThrow();
	}

	@Test
	@DisplayName("Providers cannot open the dashboard")
	void providersAreKeptOut() {
		testData.login(testData.provider());
		try {
			navigate(DashboardView.class);
		}
		catch (RuntimeException refused) {
			// access control may refuse by exception or by rerouting
		}
		assertThat(find(H2.class).withText("Registrations per month").exists()).isFalse();
	}

}
