package org.airegistry.gpai.persistence;

import static org.airegistry.db.Tables.GPAI_MODEL;
import static org.airegistry.db.Tables.GPAI_MODEL_VERSION;
import static org.airegistry.db.Tables.GPAI_TECHNICAL_DOCUMENT;
import static org.airegistry.db.Tables.ORGANISATION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.PublicModel;
import org.airegistry.gpai.TechnicalDocument;
import org.airegistry.gpai.WorkspaceModel;
import org.airegistry.publication.Draft;
import org.airegistry.publication.PublishedVersion;
import org.airegistry.publication.VersionSummary;
import org.airegistry.publication.Visibility;
import org.airegistry.publication.store.KindColumns;
import org.airegistry.publication.store.PublicationStore;
import org.airegistry.publication.store.PublicationTables;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes GPAI model drafts and their immutable versions on the publication
 * kernel's store (every public read starts from {@link PublicationStore#selectPublic}),
 * and the Annex XI documentation that is never part of a version.
 */
@Repository
public class GpaiModelRepository {

	private final DSLContext dsl;

	private final PublicationStore<GpaiModelId, GpaiModelData> store;

	GpaiModelRepository(DSLContext dsl) {
		this.dsl = dsl;
		this.store = new PublicationStore<>(dsl, GpaiModelData.class, new PublicationTables<>(
				new PublicationTables.Records<>(GPAI_MODEL, IdColumns.GPAI_MODEL_ID, IdColumns.PROVIDER_ID,
						GPAI_MODEL.DRAFT_DATA, GPAI_MODEL.DRAFT_CHANGED, GPAI_MODEL.PUBLISHED_VERSION,
						GPAI_MODEL.LOCK_VERSION, GPAI_MODEL.CREATED_AT, GPAI_MODEL.UPDATED_AT,
						PublicationTables.visibility(GPAI_MODEL.VISIBILITY),
						PublicationTables.publicHold(GPAI_MODEL.PUBLIC_HOLD)),
				new PublicationTables.Versions<>(GPAI_MODEL_VERSION, IdColumns.VERSION_GPAI_MODEL_ID,
						GPAI_MODEL_VERSION.VERSION_NUMBER, GPAI_MODEL_VERSION.DATA, GPAI_MODEL_VERSION.CHANGE_SUMMARY,
						GPAI_MODEL_VERSION.CONTENT_SHA256, GPAI_MODEL_VERSION.PUBLISHED_AT,
						IdColumns.VERSION_PUBLISHED_BY, PublicationTables.visibility(GPAI_MODEL_VERSION.VISIBILITY))),
				new ModelColumns());
	}

	/** The column naming a model page in lists: its id, as its address has it. */
	public Field<String> reference() {
		return GPAI_MODEL.GPAI_MODEL_ID.cast(String.class);
	}

	/** The kernel's store of model pages, for the publish flow. */
	public PublicationStore<GpaiModelId, GpaiModelData> store() {
		return store;
	}

	/** What model pages keep beside the kernel's columns. */
	private final class ModelColumns implements KindColumns<GpaiModelId, GpaiModelData> {

		@Override
		public Map<Field<?>, ?> draft(GpaiModelData data) {
			return Map.of(GPAI_MODEL.DRAFT_NAME, data.name());
		}

		@Override
		public Map<Field<?>, ?> version(Draft<GpaiModelId, GpaiModelData> draft, GpaiModelData data,
				Visibility visibility) {
			String providerName = dsl.select(ORGANISATION.LEGAL_NAME)
				.from(ORGANISATION)
				.where(IdColumns.ORGANISATION_ID.eq(draft.owner()))
				.fetchOptional(ORGANISATION.LEGAL_NAME)
				.orElse("");
			return Map.of(GPAI_MODEL_VERSION.NAME, data.name(), GPAI_MODEL_VERSION.PROVIDER_NAME, providerName,
					GPAI_MODEL_VERSION.SYSTEMIC_RISK, data.systemicRisk());
		}

	}

	public void insertDraft(GpaiModelId id, OrganisationId organisation, GpaiModelData data, Instant now) {
		store.insertDraft(id, organisation, data, null, Map.of(), now);
	}

	/** The draft as its own organisation sees it; empty for any other organisation. */
	public Optional<Draft<GpaiModelId, GpaiModelData>> findDraft(GpaiModelId id, OrganisationId organisation) {
		return store.draft(id, organisation);
	}

	public Optional<OrganisationId> findOwner(GpaiModelId id) {
		return store.owner(id);
	}

	public boolean updateDraft(GpaiModelId id, OrganisationId organisation, long expectedLockVersion,
			GpaiModelData data, Instant now) {
		return store.saveDraft(id, organisation, expectedLockVersion, data, now);
	}

	public List<WorkspaceModel> findWorkspaceModels(OrganisationId organisation) {
		return store.workspace(organisation, GPAI_MODEL.DRAFT_NAME)
			.stream()
			.map(item -> new WorkspaceModel(item.id(), item.name(), item.publishedVersion(), item.draftChanged(),
					item.updatedAt()))
			.toList();
	}

	/** A public version; the latest when {@code version} is null. */
	public Optional<PublicModel> findPublic(GpaiModelId id, @Nullable Integer version) {
		return publicModels().where(version == null ? store.latest() : GPAI_MODEL_VERSION.VERSION_NUMBER.eq(version))
			.and(IdColumns.GPAI_MODEL_ID.eq(id))
			.fetchOptional(this::toPublic);
	}

	/**
	 * The latest version's content whatever the public may see (owner and authorities).
	 */
	public Optional<GpaiModelData> latestData(GpaiModelId id) {
		return store.latestVersion(id).map(PublishedVersion::data);
	}

	public List<VersionSummary> findVersions(GpaiModelId id) {
		return store.publicHistory(IdColumns.GPAI_MODEL_ID.eq(id));
	}

	/** Latest public versions of all models, newest first (for listing and indexing). */
	public List<PublicModel> findAllLatest(int limit) {
		return publicModels().where(store.latest())
			.orderBy(GPAI_MODEL_VERSION.PUBLISHED_AT.desc())
			.limit(limit)
			.fetch(this::toPublic);
	}

	private SelectOnConditionStep<Record> publicModels() {
		List<Field<?>> fields = new ArrayList<>(store.versionFields());
		fields.add(GPAI_MODEL_VERSION.PROVIDER_NAME);
		return store.selectPublic(fields);
	}

	private PublicModel toPublic(Record row) {
		PublishedVersion<GpaiModelData> version = store.version(row);
		return new PublicModel(store.id(row), version.version(), version.latestVersion(), version.data(),
				row.get(GPAI_MODEL_VERSION.PROVIDER_NAME), version.publishedAt(), version.changeSummary(),
				version.contentSha256(), row.get(GPAI_MODEL_VERSION.DATA));
	}

	public Optional<String> findTechnicalDocumentation(GpaiModelId id) {
		return dsl.select(GPAI_MODEL.TECHNICAL_DOCUMENTATION)
			.from(GPAI_MODEL)
			.where(IdColumns.GPAI_MODEL_ID.eq(id))
			.fetchOptional(Records
				.mapping((technicalDocumentation) -> technicalDocumentation == null ? "" : technicalDocumentation));
	}

	public void updateTechnicalDocumentation(GpaiModelId id, OrganisationId organisation, String text, Instant now) {
		dsl.update(GPAI_MODEL)
			.set(GPAI_MODEL.TECHNICAL_DOCUMENTATION, text.isBlank() ? null : text)
			.set(GPAI_MODEL.UPDATED_AT, now)
			.where(IdColumns.GPAI_MODEL_ID.eq(id))
			.and(IdColumns.PROVIDER_ID.eq(organisation))
			.execute();
	}

	/**
	 * Stores an Annex XI PDF of a model once per content; the first upload's version and
	 * name are kept for the same content.
	 * @return whether it was new
	 */
	public boolean insertTechnicalDocument(GpaiModelId id, TechnicalDocument document, byte[] content,
			UserId uploadedBy) {
		if (dsl.fetchExists(GPAI_TECHNICAL_DOCUMENT,
				IdColumns.DOCUMENT_GPAI_MODEL_ID.eq(id).and(GPAI_TECHNICAL_DOCUMENT.SHA256.eq(document.sha256())))) {
			return false;
		}
		dsl.insertInto(GPAI_TECHNICAL_DOCUMENT)
			.set(IdColumns.DOCUMENT_GPAI_MODEL_ID, id)
			.set(GPAI_TECHNICAL_DOCUMENT.SHA256, document.sha256())
			.set(GPAI_TECHNICAL_DOCUMENT.MODEL_VERSION, document.modelVersion())
			.set(GPAI_TECHNICAL_DOCUMENT.FILE_NAME, document.fileName())
			.set(GPAI_TECHNICAL_DOCUMENT.BYTE_SIZE, document.byteSize())
			.set(GPAI_TECHNICAL_DOCUMENT.CONTENT, content)
			.set(GPAI_TECHNICAL_DOCUMENT.UPLOADED_AT, document.uploadedAt())
			.set(IdColumns.DOCUMENT_UPLOADED_BY, uploadedBy)
			.execute();
		return true;
	}

	/** The Annex XI PDFs of a model, newest first (without their content). */
	public List<TechnicalDocument> findTechnicalDocuments(GpaiModelId id) {
		return dsl
			.select(GPAI_TECHNICAL_DOCUMENT.SHA256, GPAI_TECHNICAL_DOCUMENT.MODEL_VERSION,
					GPAI_TECHNICAL_DOCUMENT.FILE_NAME, GPAI_TECHNICAL_DOCUMENT.BYTE_SIZE,
					GPAI_TECHNICAL_DOCUMENT.UPLOADED_AT)
			.from(GPAI_TECHNICAL_DOCUMENT)
			.where(IdColumns.DOCUMENT_GPAI_MODEL_ID.eq(id))
			.orderBy(GPAI_TECHNICAL_DOCUMENT.UPLOADED_AT.desc(), GPAI_TECHNICAL_DOCUMENT.SHA256)
			.fetch(Records.mapping(TechnicalDocument::new));
	}

	/** One Annex XI PDF with its content. */
	public Optional<TechnicalDocument.Download> findTechnicalDocument(GpaiModelId id, String sha256) {
		return dsl
			.select(GPAI_TECHNICAL_DOCUMENT.SHA256, GPAI_TECHNICAL_DOCUMENT.MODEL_VERSION,
					GPAI_TECHNICAL_DOCUMENT.FILE_NAME, GPAI_TECHNICAL_DOCUMENT.BYTE_SIZE,
					GPAI_TECHNICAL_DOCUMENT.UPLOADED_AT, GPAI_TECHNICAL_DOCUMENT.CONTENT)
			.from(GPAI_TECHNICAL_DOCUMENT)
			.where(IdColumns.DOCUMENT_GPAI_MODEL_ID.eq(id))
			.and(GPAI_TECHNICAL_DOCUMENT.SHA256.eq(sha256))
			.fetchOptional(Records.mapping((documentSha256, modelVersion, fileName, byteSize, uploadedAt,
					content) -> new TechnicalDocument.Download(
							new TechnicalDocument(documentSha256, modelVersion, fileName, byteSize, uploadedAt),
							content)));
	}

}
