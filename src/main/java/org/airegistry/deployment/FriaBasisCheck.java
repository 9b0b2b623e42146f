package org.airegistry.deployment;

import java.util.Optional;

import org.airegistry.organisation.PublicCharacter;
import org.airegistry.shared.AnnexIIIPoint;
import org.jspecify.annotations.Nullable;

/**
 * Whether the basis a deployer claims for its impact assessment fits the system and the
 * organisation (Art 27(1)): points 5(b) and 5(c) of Annex III by the system's use case, a
 * body governed by public law or a private entity providing public services by what the
 * organisation declared. A voluntary assessment fits always.
 */
public final class FriaBasisCheck {

	private FriaBasisCheck() {
	}

	/**
	 * The translation key of what does not fit, empty when the basis fits.
	 * @param point the system's Annex III point, if known
	 */
	public static Optional<String> problem(@Nullable FriaBasis basis, @Nullable AnnexIIIPoint point,
			PublicCharacter organisation) {
		if (basis == null) {
			return Optional.empty();
		}
		return switch (basis) {
			case ANNEX_III_5B ->
				point == AnnexIIIPoint.P5B ? Optional.empty() : Optional.of("fria.validation.basis.not5b");
			case ANNEX_III_5C ->
				point == AnnexIIIPoint.P5C ? Optional.empty() : Optional.of("fria.validation.basis.not5c");
			case PUBLIC_LAW_BODY -> organisation.publicLawBody() || organisation.publicAuthority() ? Optional.empty()
					: Optional.of("fria.validation.basis.notPublicLawBody");
			case PRIVATE_PUBLIC_SERVICE -> organisation.providesPublicServices() ? Optional.empty()
					: Optional.of("fria.validation.basis.notPublicService");
			case VOLUNTARY -> Optional.empty();
		};
	}

}
