package org.airegistry.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.airegistry.browser.BrowserSupport;
import org.airegistry.gpai.GpaiModelData;
import org.airegistry.publication.Draft;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.testsupport.PostgresTest;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;

/**
 * GPAI journey in a real browser on PostgreSQL: a provider uses the guide (model, above
 * 10^25 FLOP), starts a model page from the result, publishes it; a visitor finds it in
 * the public model search with the systemic-risk facet and reads its version history. Axe
 * checks on every page. The long form's field rules are covered by the browserless tests;
 * here the provider types the identity fields and the rest of the draft is filled in
 * through the service before publishing in the browser.
 */
@PostgresTest
class GpaiModelJourneyIT {

	static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

	@LocalServerPort
	int port;

	@Autowired
	TestData testData;

	@Autowired
	GpaiService service;

	Page provider;

	Page visitor;

	@AfterEach
	void close() {
		if (provider != null) {
			BrowserSupport.close(provider);
		}
		if (visitor != null) {
			BrowserSupport.close(visitor);
		}
	}

	String url(String path) {
		return "http://localhost:" + port + "/" + path;
	}

	void next(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
		ProviderPublishJourneyIT.waitForVaadin(page);
	}

	@Test
	@DisplayName("Art 51, 53: guide -> model page -> publish -> public search with the systemic-risk facet -> history")
	void guideToPublicModel() {
		TestUser user = testData.provider();
		String word = ProviderPublishJourneyIT.uniqueWord();
		String name = word + " Foundation Model";

		provider = BrowserSupport.newPage();
		provider.navigate(url("login"));
		ProviderPublishJourneyIT.waitForVaadin(provider);
		provider.locator("input[name='username']").fill(user.email());
		provider.locator("input[name='password']").fill(TestData.PASSWORD);
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		provider.waitForURL(Pattern.compile(".*:" + port + "/(\\?.*)?$"));

		// the guide, one question per page, keyboard-operable radio buttons
		provider.navigate(url("guide"));
		ProviderPublishJourneyIT.waitForVaadin(provider);
		BrowserSupport.assertNoAccessibilityViolations(provider);
		provider.getByLabel("A general-purpose AI model", EXACT).check();
		next(provider);
		provider.getByLabel("No", EXACT).check();
		next(provider);
		provider.getByLabel(Pattern.compile("^More than 10\\^25 FLOP")).check();
		next(provider);
		assertThat(provider.getByText("General-purpose AI model with systemic risk.")).isVisible();
		assertThat(provider.getByText(Pattern.compile("Art 52\\(1\\)")).first()).isVisible();
		assertThat(provider.url()).contains("subject=model").contains("compute=above");
		BrowserSupport.screenshot(provider, "gpai-01-guide-result");
		BrowserSupport.assertNoAccessibilityViolations(provider);

		// reload restores the result from the URL
		provider.reload();
		ProviderPublishJourneyIT.waitForVaadin(provider);
		assertThat(provider.getByText("General-purpose AI model with systemic risk.")).isVisible();

		// printed: the result and its references, without header, navigation and buttons
		assertPrintsContentOnly(provider, provider.getByText("General-purpose AI model with systemic risk."));

		provider
			.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Start a public page for your general-purpose AI model"))
			.click();
		provider.waitForURL(Pattern.compile(".*/workspace/models/new$"));
		ProviderPublishJourneyIT.waitForVaadin(provider);
		provider.getByLabel("Model name", EXACT).fill(name);
		provider.getByLabel("Model version", EXACT).fill("2026-11");
		provider.getByLabel("Licence", EXACT).fill("Proprietary");
		provider.getByLabel("Number of parameters", EXACT).fill("400000000000");
		provider.getByLabel("Training tokens", EXACT).fill("16000000000000");
		provider.getByLabel("Cumulative training compute (FLOP)", EXACT).press("Tab");
		assertThat(provider.getByText(Pattern.compile("systemic risk is presumed"))).isVisible();
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
		provider.waitForURL(Pattern.compile(".*/workspace/models/[0-9a-f-]{36}$"));
		ProviderPublishJourneyIT.waitForVaadin(provider);
		BrowserSupport.screenshot(provider, "gpai-02-editor");
		BrowserSupport.assertNoAccessibilityViolations(provider);

		// publishing with the presumption and status "none" is refused next to the field
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(provider.getByText(Pattern.compile("must be notified to the Commission")).first()).isVisible();

		GpaiModelId id = GpaiModelId.parse(provider.url().substring(provider.url().lastIndexOf('/') + 1)).orElseThrow();
		testData.run(user, () -> {
			Draft<GpaiModelId, GpaiModelData> draft = service.open(id);
			GpaiModelData typed = draft.data();
			GpaiModelData complete = GpaiSamples.systemic(typed.name())
				.toBuilder()
				.modelVersion(typed.modelVersion())
				.licence(typed.licence())
				.parameterCount(typed.parameterCount())
				.trainingTokens(typed.trainingTokens())
				.trainingComputeFlop(null)
				.build();
			service.saveDraft(id, draft.lockVersion(), complete);
		});
		provider.reload();
		ProviderPublishJourneyIT.waitForVaadin(provider);
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		// issue 21: publishing is irreversible; the kernel's confirmation asks first
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(provider.getByText("Published as version 1.")).isVisible();
		provider.getByLabel("Model version", EXACT).fill("2026-12");
		provider.getByLabel("What changed in this version", EXACT).fill("December checkpoint");
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		Locator confirmation = provider.getByRole(AriaRole.ALERTDIALOG);
		assertThat(confirmation.getByText("Version 2 replaces version 1 on the public page, with 1 change:"))
			.isVisible();
		assertThat(confirmation.getByText("After publishing: 2026-12")).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(provider);
		for (int width : new int[] { 360, 768, 1280 }) {
			provider.setViewportSize(width, 900);
			BrowserSupport.screenshot(provider, "gpai-publish-confirmation-" + width);
		}
		provider.setViewportSize(1280, 900);
		provider.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
		assertThat(provider.getByText("Published as version 2.")).isVisible();

		// a visitor searches the public search: the systems tab says that a model matches
		// too
		visitor = BrowserSupport.newPage();
		for (int attempt = 0; attempt < 60; attempt++) {
			// indexed after commit, from the outbox
			visitor.navigate(url("search?q=" + word));
			ProviderPublishJourneyIT.waitForVaadin(visitor);
			if (visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("show them")).count() > 0) {
				break;
			}
			visitor.waitForTimeout(500);
		}
		assertThat(visitor.getByText(Pattern.compile("1 general-purpose AI model also matches"))).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(visitor);
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("show them")).click();
		visitor.waitForURL(Pattern.compile(".*/search\\?(?=.*kind=models)(?=.*q=" + word + ").*"));
		ProviderPublishJourneyIT.waitForVaadin(visitor);
		assertThat(visitor.locator("[aria-current='page']")).hasText("General-purpose AI models");
		BrowserSupport.assertNoAccessibilityViolations(visitor);

		// the models tab: the systemic-risk facet with its count, then a removable chip
		visitor.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Systemic risk"))
			.getByRole(AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName(Pattern.compile("^Yes \\(1\\)$")))
			.click();
		visitor.waitForURL(Pattern.compile(".*/search\\?(?=.*kind=models)(?=.*systemicRisk=true).*"));
		ProviderPublishJourneyIT.waitForVaadin(visitor);
		assertThat(visitor.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Remove filter Systemic risk: Yes")))
			.isVisible();
		// the matched word is highlighted in the hit's snippet
		assertThat(visitor.locator(".model-result mark").first()).hasText(word);
		BrowserSupport.screenshot(visitor, "gpai-03-model-search");
		BrowserSupport.assertNoAccessibilityViolations(visitor);
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
		visitor.waitForURL(Pattern.compile(".*/models/[0-9a-f-]{36}$"));
		ProviderPublishJourneyIT.waitForVaadin(visitor);
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
		assertThat(visitor.getByText("Version 2 of 2")).isVisible();
		assertThat(visitor.getByText("December checkpoint")).isVisible();
		BrowserSupport.screenshot(visitor, "gpai-04-model-page");
		BrowserSupport.assertNoAccessibilityViolations(visitor);
		assertPrintsContentOnly(visitor, visitor.getByText("December checkpoint"));

		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Version 1, "))).click();
		visitor.waitForURL(Pattern.compile(".*/models/[0-9a-f-]{36}/versions/1$"));
		ProviderPublishJourneyIT.waitForVaadin(visitor);
		assertThat(visitor.getByText("Version 1 of 2")).isVisible();
		assertThat(visitor.getByText("You are looking at an earlier version.")).isVisible();
		BrowserSupport.assertNoAccessibilityViolations(visitor);
	}

	/**
	 * Print media: the header (brand, navigation, header search, account) and every
	 * button are hidden, the content is there.
	 */
	static void assertPrintsContentOnly(Page page, com.microsoft.playwright.Locator content) {
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		try {
			assertThat(page.locator(".site-header")).isHidden();
			assertThat(page.locator("main vaadin-button").first()).isHidden();
			assertThat(page.locator("h1").first()).isVisible();
			assertThat(content).isVisible();
		}
		finally {
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
		}
	}

}
