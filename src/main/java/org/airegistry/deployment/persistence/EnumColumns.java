package org.airegistry.deployment.persistence;

import static org.airegistry.db.Tables.DEPLOYMENT;
import static org.airegistry.db.Tables.FRIA;

import org.airegistry.deployment.FriaState;
import org.airegistry.registry.EntryStatus;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

/**
 * The module's text columns holding enums, read and written as the enums (DD026): the one
 * place their stored names are converted; the check constraints of the migrations list
 * the names.
 */
final class EnumColumns {

	static final Field<FriaState> FRIA_STATE = FRIA.STATE.convert(new EnumConverter<>(String.class, FriaState.class));

	static final Field<EntryStatus> PROVIDER_STATUS = DEPLOYMENT.PROVIDER_STATUS
		.convert(new EnumConverter<>(String.class, EntryStatus.class));

	private EnumColumns() {
	}

}
