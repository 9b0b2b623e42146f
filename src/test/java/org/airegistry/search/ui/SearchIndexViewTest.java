package org.airegistry.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.airegistry.audit.AuditFilter;
import org.airegistry.audit.AuditTrail;
import org.airegistry.organisation.OrganisationRole;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.search.SearchIndexOperations;
import org.airegistry.shared.Role;
import org.airegistry.testsupport.H2Test;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.progressbar.ProgressBar;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The regulator's search index page without a browser. */
@H2Test
class SearchIndexViewTest extends SpringBrowserlessTest {

	@Autowired
	TestData testData;

	@Autowired
	SearchIndexOperations operations;

	@Autowired
	AuditTrail audit;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	void login(TestUser user) {
		testData.login(user);
	}

	@Test
	@DisplayName("DD098: while a reindex is still counting the entries, the console says how many it loaded so far "
			+ "and the bar stays at the start; once counted it shows how many of how many")
	void progressWhileCounting() {
		login(testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE));
		java.util.concurrent.atomic.AtomicReference<org.airegistry.search.ReindexProgress> step = new java.util.concurrent.atomic.AtomicReference<>(
				new org.airegistry.search.ReindexProgress(org.airegistry.search.ReindexProgress.Phase.LOADING, 12_000,
						org.airegistry.search.ReindexProgress.UNCOUNTED, "registry-entries-v4-1"));
		SearchIndexOperations counting = new SearchIndexOperations() {

			@Override
			public org.airegistry.search.IndexStatus status() {
				return new org.airegistry.search.IndexStatus(true, "green", 0, 20_000, java.util.List.of(),
						java.util.List.of(), java.util.Optional.of(step.get()));
			}

			@Override
			public boolean startReindex() {
				return false;
			}

			@Override
			public int keepIndices() {
				return 2;
			}

		};
		SearchIndexView view = new SearchIndexView(counting);
		NativeLabel label = find(NativeLabel.class, view).single();
		assertThat(label.getText()).isEqualTo("Loading entries: 12,000 so far");
		assertThat(find(ProgressBar.class, view).single().getValue()).isZero();

		step.set(new org.airegistry.search.ReindexProgress(org.airegistry.search.ReindexProgress.Phase.LOADING, 15_000,
				20_000, "registry-entries-v4-1"));
		view.refresh();
		assertThat(label.getText()).isEqualTo("Loading entries: 15,000 of 20,000");
		assertThat(find(ProgressBar.class, view).single().getValue()).isEqualTo(0.75);
	}

	@Test
	@DisplayName("A regulator sees health and counts, starts a reindex and the progress bar reaches the end")
	void reindexWithProgress() {
		testData.publish(testData.provider(), testData.sampleEntry("Index console system"));
		login(testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE));
		// on a loaded machine the node may still be starting
		Awaitility.await()
			.pollInSameThread()
			.atMost(Duration.ofMinutes(5))
			.until(() -> operations.status().reachable());
		SearchIndexView view = navigate(SearchIndexView.class);

		int auditedBefore = audit.count(new AuditFilter("search.reindex.started", null, null, null));
		test(find(Button.class).withText("Reindex").single()).click();
		// nothing starts before the regulator confirms
		ConfirmDialog dialog = find(ConfirmDialog.class).single();
		assertThat(audit.count(new AuditFilter("search.reindex.started", null, null, null))).isEqualTo(auditedBefore);
		test(dialog).confirm();

		ProgressBar bar = find(ProgressBar.class).single();
		// the bar is full once all entries are loaded; "Done" follows after the alias
		// swap
		Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> {
			view.refresh();
			return find(NativeLabel.class).single().getText().startsWith("Done: ");
		});
		assertThat(bar.getValue()).isEqualTo(1.0);
		assertThat(operations.status().inSync()).isTrue();
		assertThat(audit.count(new AuditFilter("search.reindex.started", null, null, null)))
			.isEqualTo(auditedBefore + 1);
		Awaitility.await()
			.pollInSameThread()
			.atMost(Duration.ofSeconds(30))
			.until(() -> audit.count(new AuditFilter("search.reindex.completed", null, null, null)) > 0);
		// the retention rule: never more indices than configured
		assertThat(operations.status().allIndices()).hasSizeLessThanOrEqualTo(operations.keepIndices());
	}

	@Test
	@DisplayName("Cancelling the confirmation starts no reindex")
	void cancelledReindex() {
		login(testData.user(Role.REGULATOR, OrganisationRole.AUTHORITY, OrganisationStatus.ACTIVE));
		navigate(SearchIndexView.class);
		var before = operations.status().reindex();

		test(find(Button.class).withText("Reindex").single()).click();
		test(find(ConfirmDialog.class).single()).cancel();

		assertThat(operations.status().reindex()).isEqualTo(before);
	}

	@Test
	@DisplayName("Providers cannot read the index status or start a reindex")
	void providersRefused() {
		login(testData.provider());

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(operations::startReindex);
	}

}
