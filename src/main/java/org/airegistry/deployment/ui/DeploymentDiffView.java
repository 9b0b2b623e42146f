package org.airegistry.deployment.ui;

import java.util.List;
import java.util.Optional;

import org.airegistry.deployment.DeploymentId;
import org.airegistry.deployment.DeploymentQueries;
import org.airegistry.deployment.DeploymentRoutes;
import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.ui.VersionDiffView;
import org.airegistry.shell.components.PublicVersionDiffView;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A field-by-field comparison of two public versions of a deployer registration
 * ({@code /deployments/<id>/diff?from=1&to=2}), labelled like the registration's page.
 */
@Route("deployments/:id/diff")
@AnonymousAllowed
public class DeploymentDiffView extends PublicVersionDiffView {

	private final DeploymentQueries queries;

	public DeploymentDiffView(DeploymentQueries queries) {
		super("id", "deployment.diff.back");
		this.queries = queries;
	}

	@Override
	protected Optional<Side> version(String record, int version) {
		return PublicDeploymentView.parseId(record)
			.flatMap(id -> queries.findVersion(id, version))
			.map(deployment -> new Side(deployment.version(),
					getTranslation("deployment.public.title", deployment.deployerName(), deployment.systemName()),
					PublicDeploymentView.FIELDS.describe(deployment.data(), this::getTranslation, getLocale())));
	}

	@Override
	protected List<VersionSummary> history(String record) {
		return PublicDeploymentView.parseId(record).map(queries::history).orElse(List.of());
	}

	@Override
	protected String permalink(String record) {
		return PublicDeploymentView.parseId(record).map(DeploymentRoutes::permalink).orElse("");
	}

	/** The comparison's address. */
	static String route(DeploymentId id, int from, int to) {
		return VersionDiffView.route(DeploymentRoutes.permalink(id), from, to);
	}

}
