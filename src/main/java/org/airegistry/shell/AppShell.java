package org.airegistry.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML page around every view: Lumo theme, the registry's own styles, meta data. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/registry.css")
@Meta(name = "description", content = "Public register of high-risk AI systems under the EU AI Act")
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("AI Act Transparency Registry");
		settings.addFavIcon("icon", "favicon.ico", "32x32");
		settings.addLink("images/icon.svg", java.util.Map.of("rel", "icon", "type", "image/svg+xml"));
	}

}
