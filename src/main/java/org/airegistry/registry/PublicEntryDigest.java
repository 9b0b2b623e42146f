package org.airegistry.registry;

import java.time.Instant;
import java.util.Set;

import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What a list or an index of entries holds of an entry's latest public version: who and
 * when, and the few properties of its content such a list shows. Read straight from the
 * version's stored JSON (other properties skipped, nothing else of the version read), so
 * a whole register can be listed without building whole entries (DD090: a reindex reads
 * every entry this way). Equal to {@link #of(PublicEntry)} of the same version.
 *
 * @param id the entry
 * @param registrationNumber the stable public reference
 * @param providerId the provider organisation
 * @param providerName the provider's legal name
 * @param version this version's number
 * @param firstPublishedAt when version 1 was published
 * @param publishedAt when this version was published
 * @param content the properties of the version's content
 */
public record PublicEntryDigest(AiSystemId id, String registrationNumber, OrganisationId providerId,
		String providerName, int version, Instant firstPublishedAt, Instant publishedAt, Content content) {

	/** The digest of a whole public version. */
	public static PublicEntryDigest of(PublicEntry entry) {
		return new PublicEntryDigest(entry.id(), entry.registrationNumber(), entry.providerId(), entry.providerName(),
				entry.version(), entry.firstPublishedAt(), entry.publishedAt(), Content.of(entry.data()));
	}

	/**
	 * The properties of {@link EntryData} a digest holds, normalised as {@link EntryData}
	 * normalises them (the same rules).
	 *
	 * @param language the language of the texts
	 * @param annexIIIPoint the Annex III use case
	 * @param tradeName Annex VIII A.4
	 * @param intendedPurpose Annex VIII A.5
	 * @param status Annex VIII A.7
	 * @param memberStates Annex VIII A.10
	 * @param classification Section A or Section B
	 */
	public record Content(ContentLanguage language, @Nullable AnnexIIIPoint annexIIIPoint, String tradeName,
			String intendedPurpose, @Nullable EntryStatus status, Set<MemberState> memberStates,
			Classification classification) {

		public Content {
			language = EntryData.language(language);
			tradeName = EntryData.strip(tradeName);
			intendedPurpose = EntryData.strip(intendedPurpose);
			memberStates = EntryData.memberStates(memberStates);
			classification = EntryData.classification(classification);
		}

		/** These properties of a whole entry's content. */
		public static Content of(EntryData data) {
			return new Content(data.language(), data.annexIIIPoint(), data.tradeName(), data.intendedPurpose(),
					data.status(), data.memberStates(), data.classification());
		}

	}

}
