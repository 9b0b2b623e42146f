package org.airegistry.organisation.persistence;

import static org.airegistry.db.Tables.ACCOUNT_TOKEN;
import static org.airegistry.db.Tables.ORGANISATION;
import static org.airegistry.db.Tables.USER_COMPETENCE;

import org.airegistry.organisation.AuthorityKind;
import org.airegistry.organisation.OrganisationStatus;
import org.airegistry.organisation.TokenPurpose;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

/**
 * The module's text columns holding enums, read and written as the enums (DD026): the one
 * place their stored names are converted; the check constraints of the migrations list
 * the names.
 */
final class EnumColumns {

	static final Field<OrganisationStatus> STATUS = ORGANISATION.STATUS
		.convert(new EnumConverter<>(String.class, OrganisationStatus.class));

	static final Field<AuthorityKind> AUTHORITY_KIND = ORGANISATION.AUTHORITY_KIND
		.convert(new EnumConverter<>(String.class, AuthorityKind.class));

	/** The Member State of a national authority; null for a Union body. */
	static final Field<MemberState> MEMBER_STATE = ORGANISATION.MEMBER_STATE
		.convert(new EnumConverter<>(String.class, MemberState.class));

	static final Field<TokenPurpose> PURPOSE = ACCOUNT_TOKEN.PURPOSE
		.convert(new EnumConverter<>(String.class, TokenPurpose.class));

	static final Field<Competence> COMPETENCE = USER_COMPETENCE.COMPETENCE
		.convert(new EnumConverter<>(String.class, Competence.class));

	private EnumColumns() {
	}

}
