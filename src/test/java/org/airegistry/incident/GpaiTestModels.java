package org.airegistry.incident;

import java.util.UUID;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.GpaiSamples;
import org.airegistry.gpai.GpaiService;
import org.airegistry.publication.Draft;
import org.airegistry.testsupport.TestData;
import org.airegistry.testsupport.TestData.TestUser;

/** A published GPAI model with systemic risk of a provider, for Art 55(1)(c) reports. */
final class GpaiTestModels {

	private GpaiTestModels() {
	}

	static UUID publishSystemic(TestData testData, GpaiService gpai, TestUser provider) {
		return testData.as(provider, () -> {
			Draft<GpaiModelId, GpaiModelData> draft = gpai
				.createDraft(GpaiSamples.systemic("Frontier " + UUID.randomUUID()));
			gpai.publish(draft.id(), draft.lockVersion(), "");
			return draft.id().value();
		});
	}

}
