package org.airegistry.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.airegistry.shared.InvalidInputException;
import org.airegistry.shared.FieldError;
import org.airegistry.shared.FreeText;
import org.airegistry.shared.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * A search in the non-public section (Art 49(4)).
 *
 * @param text words in the name, reference, purpose, provider or registration number;
 * also an Annex III code such as {@code 6a}; empty for all
 * @param annexIIIArea only entries of this Annex III area: 1 (biometrics used for law
 * enforcement or migration), 6 (law enforcement) or 7 (migration, asylum, border control)
 * @param memberState only entries placed on the market or put into service there
 * @param status only entries with this status (Annex VIII A.7)
 */
public record RestrictedQuery(String text, @Nullable Integer annexIIIArea, @Nullable MemberState memberState,
		@Nullable EntryStatus status) {

	/** The Annex III areas whose entries can be in the non-public section. */
	public static final Set<Integer> AREAS = Set.of(1, 6, 7);

	public static final int TEXT_MAX = 200;

	public static final RestrictedQuery ALL = new RestrictedQuery("", null, null, null);

	public RestrictedQuery {
		text = text == null ? "" : text.strip();
		List<FieldError> errors = new ArrayList<>();
		if (text.length() > TEXT_MAX) {
			errors.add(new FieldError("text", "restricted.search.error.tooLong", TEXT_MAX));
		}
		FreeText.check(errors, "text", text);
		if (annexIIIArea != null && !AREAS.contains(annexIIIArea)) {
			errors.add(new FieldError("annexIIIArea", "restricted.search.error.area"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	/** Whether the entry passes the filters other than the text. */
	boolean matchesFilters(EntryData data) {
		return (annexIIIArea == null || (data.annexIIIPoint() != null && data.annexIIIPoint().area() == annexIIIArea))
				&& (memberState == null || data.memberStates().contains(memberState))
				&& (status == null || status == data.status());
	}

	/**
	 * The query as the audit trail records it: the search terms and filters, never the
	 * results.
	 */
	public String describe() {
		List<String> parts = new ArrayList<>();
		parts.add("text=\"" + text + "\"");
		if (annexIIIArea != null) {
			parts.add("annexIII=" + annexIIIArea);
		}
		if (memberState != null) {
			parts.add("memberState=" + memberState.name());
		}
		if (status != null) {
			parts.add("status=" + status.name());
		}
		return String.join(" ", parts);
	}

}
