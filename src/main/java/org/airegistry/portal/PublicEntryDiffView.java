package org.airegistry.portal;

import java.util.List;
import java.util.Optional;

import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.ui.VersionDiffView;
import org.airegistry.registry.EntryFields;
import org.airegistry.registry.RegistryQueries;
import org.airegistry.registry.RegistryRoutes;
import org.airegistry.registry.RegistrySettings;
import org.airegistry.shell.components.PublicVersionDiffView;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A readable, field-by-field comparison of two public versions of an entry
 * ({@code /systems/AIR-000001/diff?from=1&to=2}), labelled like the entry page.
 */
@Route("systems/:registrationNumber/diff")
@AnonymousAllowed
public class PublicEntryDiffView extends PublicVersionDiffView {

	private final RegistryQueries registry;

	private final EntryFields fields;

	public PublicEntryDiffView(RegistryQueries registry, RegistrySettings settings) {
		super("registrationNumber", "entry.diff.back");
		this.registry = registry;
		this.fields = new EntryFields(settings.omnibus2026());
	}

	/** The comparison's address. */
	public static String route(String registrationNumber, int from, int to) {
		return VersionDiffView.route(RegistryRoutes.permalink(registrationNumber), from, to);
	}

	@Override
	protected Optional<Side> version(String registrationNumber, int version) {
		return registry.findVersion(registrationNumber, version)
			.map(entry -> new Side(entry.version(), entry.data().tradeName(),
					fields.describe(entry.data(), this::getTranslation, getLocale())));
	}

	@Override
	protected List<VersionSummary> history(String registrationNumber) {
		return registry.history(registrationNumber);
	}

	@Override
	protected String permalink(String registrationNumber) {
		return RegistryRoutes.permalink(registrationNumber);
	}

}
