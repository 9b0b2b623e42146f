package org.airegistry.browser;

import java.time.Instant;

import org.airegistry.security.SecondFactors;
import org.airegistry.testsupport.TestData;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The second login step in browser journeys: regulators and administrators made by
 * {@link TestData} have the second factor {@link TestData#TOTP_SECRET}; after "Log in"
 * their browser is asked for its current code, which this enters.
 */
public final class SecondFactorSupport {

	private SecondFactorSupport() {
	}

	/**
	 * Logs in on the login page at the address as a real user must: name and password,
	 * then the code when the account has (or its role requires) a second factor; returns
	 * once the browser has left the login pages.
	 */
	public static void logIn(Page page, String loginUrl, String email) {
		page.navigate(loginUrl);
		page.locator("input[name='username']").fill(email);
		page.locator("input[name='password']").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		enterCodeIfAsked(page);
		page.waitForURL(url -> !url.contains("/login"));
	}

	/** After clicking "Log in": enters the code when the code page comes. */
	public static void enterCodeIfAsked(Page page) {
		page.waitForURL(url -> url.contains("/login/code") || url.contains("error") || !url.contains("/login"));
		if (!page.url().contains("/login/code")) {
			return;
		}
		enterCode(page, SecondFactors.code(TestData.TOTP_SECRET, Instant.now()));
	}

	/** On the code page: enters the code, confirms, and waits until the page is left. */
	public static void enterCode(Page page, String code) {
		page.getByLabel("Code").fill(code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		page.waitForURL(url -> !url.contains("/login/code"));
	}

}
