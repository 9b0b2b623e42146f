package org.airegistry.explanation.persistence;

import static org.airegistry.db.Tables.COMPLAINT;
import static org.airegistry.db.Tables.EXPLANATION_REQUEST;

import org.airegistry.explanation.ComplainantKind;
import org.airegistry.explanation.ComplaintState;
import org.airegistry.explanation.RefusalGround;
import org.airegistry.explanation.RequestState;
import org.airegistry.shared.MemberState;
import org.jooq.Field;
import org.jooq.impl.EnumConverter;

/**
 * The module's text columns holding enums, read and written as the enums (DD026): the one
 * place their stored names are converted; the check constraints of the migrations list
 * the names.
 */
final class EnumColumns {

	static final Field<RequestState> REQUEST_STATE = EXPLANATION_REQUEST.STATE
		.convert(new EnumConverter<>(String.class, RequestState.class));

	/** The deployer's response (a responded state); null before it responded. */
	static final Field<RequestState> OUTCOME = EXPLANATION_REQUEST.OUTCOME
		.convert(new EnumConverter<>(String.class, RequestState.class));

	/** The legal ground of a refusal; null unless refused. */
	static final Field<RefusalGround> REFUSAL_GROUND = EXPLANATION_REQUEST.REFUSAL_GROUND
		.convert(new EnumConverter<>(String.class, RefusalGround.class));

	static final Field<ComplaintState> COMPLAINT_STATE = COMPLAINT.STATE
		.convert(new EnumConverter<>(String.class, ComplaintState.class));

	static final Field<ComplainantKind> COMPLAINANT_KIND = COMPLAINT.COMPLAINANT_KIND
		.convert(new EnumConverter<>(String.class, ComplainantKind.class));

	/** The Member State whose authority handles the complaint. */
	static final Field<MemberState> COMPLAINT_MEMBER_STATE = COMPLAINT.MEMBER_STATE
		.convert(new EnumConverter<>(String.class, MemberState.class));

	private EnumColumns() {
	}

}
