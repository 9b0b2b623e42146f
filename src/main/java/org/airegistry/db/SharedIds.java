package org.airegistry.db;

import java.util.UUID;

import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.Converter;

/**
 * The converters of the shared kernel's ids (DD026): a UUID column referencing an
 * organisation or an account is declared once per module as a converted field,
 * {@code ORGANISATION.ORGANISATION_ID.convert(SharedIds.ORGANISATION)}, and read and
 * written only through it. The feature modules declare their own ids' converters in their
 * {@code persistence} package (the generated classes do not depend on them).
 */
public final class SharedIds {

	public static final Converter<UUID, OrganisationId> ORGANISATION = Converter.ofNullable(UUID.class,
			OrganisationId.class, OrganisationId::new, OrganisationId::value);

	public static final Converter<UUID, UserId> USER = Converter.ofNullable(UUID.class, UserId.class, UserId::new,
			UserId::value);

	private SharedIds() {
	}

}
