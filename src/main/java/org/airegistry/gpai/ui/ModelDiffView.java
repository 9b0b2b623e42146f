package org.airegistry.gpai.ui;

import java.util.List;
import java.util.Optional;

import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiQueries;
import org.airegistry.gpai.GpaiRoutes;
import org.airegistry.publication.VersionSummary;
import org.airegistry.shell.components.PublicVersionDiffView;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A field-by-field comparison of two public versions of a GPAI model page
 * ({@code /models/<id>/diff?from=1&to=2}), labelled like the model page.
 */
@Route(GpaiRoutes.PUBLIC_MODEL + "/:id/diff")
@AnonymousAllowed
public class ModelDiffView extends PublicVersionDiffView {

	private final GpaiQueries queries;

	public ModelDiffView(GpaiQueries queries) {
		super("id", "gpai.diff.back");
		this.queries = queries;
	}

	@Override
	protected Optional<Side> version(String record, int version) {
		return GpaiModelId.parse(record)
			.flatMap(id -> queries.version(id, version))
			.map(model -> new Side(model.version(), model.data().name(),
					PublicModelView.FIELDS.describe(model.data(), this::getTranslation, getLocale())));
	}

	@Override
	protected List<VersionSummary> history(String record) {
		return GpaiModelId.parse(record).map(id -> queries.versions(id, getLocale())).orElse(List.of());
	}

	@Override
	protected String permalink(String record) {
		return GpaiModelId.parse(record).map(GpaiRoutes::permalink).orElse("");
	}

}
