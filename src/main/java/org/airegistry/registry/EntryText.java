package org.airegistry.registry;

import org.jspecify.annotations.Nullable;

/**
 * The texts of a public version that search analyses for its word lists: the language
 * they are written in, the trade name and the intended purpose. Read straight from a
 * version's stored JSON (other properties skipped), so a full reindex can collect its
 * corpus words without building whole entries.
 *
 * @param language the language of the texts (English when the version does not say)
 * @param tradeName Annex VIII A.4
 * @param intendedPurpose Annex VIII A.5
 */
public record EntryText(ContentLanguage language, String tradeName, String intendedPurpose) {

	public EntryText(@Nullable ContentLanguage language, @Nullable String tradeName, @Nullable String intendedPurpose) {
		this.language = language == null ? ContentLanguage.EN : language;
		this.tradeName = tradeName == null ? "" : tradeName;
		this.intendedPurpose = intendedPurpose == null ? "" : intendedPurpose;
	}

	/** The texts of an entry's data. */
	public static EntryText of(EntryData data) {
		return new EntryText(data.language(), data.tradeName(), data.intendedPurpose());
	}

}
