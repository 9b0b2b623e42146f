package org.airegistry.gpai.persistence;

import static org.airegistry.db.Tables.GPAI_MODEL;
import static org.airegistry.db.Tables.GPAI_MODEL_VERSION;
import static org.airegistry.db.Tables.GPAI_TECHNICAL_DOCUMENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.airegistry.gpai.GpaiModelData;
import org.airegistry.gpai.GpaiModelDraft;
import org.airegistry.gpai.GpaiModelId;
import org.airegistry.gpai.ModelVersionSummary;
import org.airegistry.gpai.PublicModel;
import org.airegistry.gpai.TechnicalDocument;
import org.airegistry.gpai.WorkspaceModel;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.UserId;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Reads and writes GPAI model drafts and their immutable public versions. */
@Repository
public class GpaiModelRepository {

	private final DSLContext dsl;

	private final GpaiModelCodec codec;

	GpaiModelRepository(DSLContext dsl, GpaiModelCodec codec) {
		this.dsl = dsl;
		this.codec = codec;
	}

	public void insertDraft(GpaiModelId id, OrganisationId organisation, GpaiModelData data, OffsetDateTime now) {
		dsl.insertInto(GPAI_MODEL)
			.set(GPAI_MODEL.GPAI_MODEL_ID, id.value())
			.set(GPAI_MODEL.ORGANISATION_ID, organisation.value())
			.set(GPAI_MODEL.DRAFT_DATA, codec.toJson(data))
			.set(GPAI_MODEL.DRAFT_NAME, data.name())
			.set(GPAI_MODEL.DRAFT_CHANGED, true)
			.set(GPAI_MODEL.LOCK_VERSION, 0L)
			.set(GPAI_MODEL.CREATED_AT, now)
			.set(GPAI_MODEL.UPDATED_AT, now)
			.execute();
	}

	/** The draft as its own organisation sees it; empty for any other organisation. */
	public Optional<GpaiModelDraft> findDraft(GpaiModelId id, OrganisationId organisation) {
		return dsl
			.select(GPAI_MODEL.LOCK_VERSION, GPAI_MODEL.DRAFT_DATA, GPAI_MODEL.PUBLISHED_VERSION,
					GPAI_MODEL.DRAFT_CHANGED)
			.from(GPAI_MODEL)
			.where(GPAI_MODEL.GPAI_MODEL_ID.eq(id.value()))
			.and(GPAI_MODEL.ORGANISATION_ID.eq(organisation.value()))
			.fetchOptional(record -> new GpaiModelDraft(id, record.value1(), codec.fromJson(record.value2()),
					record.value3(), Boolean.TRUE.equals(record.value4())));
	}

	public Optional<OrganisationId> findOwner(GpaiModelId id) {
		return dsl.select(GPAI_MODEL.ORGANISATION_ID)
			.from(GPAI_MODEL)
			.where(GPAI_MODEL.GPAI_MODEL_ID.eq(id.value()))
			.fetchOptional(record -> new OrganisationId(record.value1()));
	}

	public boolean updateDraft(GpaiModelId id, OrganisationId organisation, long expectedLockVersion,
			GpaiModelData data, OffsetDateTime now) {
		return dsl.update(GPAI_MODEL)
			.set(GPAI_MODEL.DRAFT_DATA, codec.toJson(data))
			.set(GPAI_MODEL.DRAFT_NAME, data.name())
			.set(GPAI_MODEL.DRAFT_CHANGED, true)
			.set(GPAI_MODEL.LOCK_VERSION, GPAI_MODEL.LOCK_VERSION.plus(1))
			.set(GPAI_MODEL.UPDATED_AT, now)
			.where(GPAI_MODEL.GPAI_MODEL_ID.eq(id.value()))
			.and(GPAI_MODEL.ORGANISATION_ID.eq(organisation.value()))
			.and(GPAI_MODEL.LOCK_VERSION.eq(expectedLockVersion))
			.execute() == 1;
	}

	/**
	 * Freezes {@code data} as public version {@code version} and makes it the draft too,
	 * if nobody saved since {@code expectedLockVersion}.
	 * @return whether the version was written
	 */
	public boolean insertVersion(GpaiModelId id, long expectedLockVersion, GpaiModelData data, int version,
			String providerName, String changeSummary, UserId publishedBy, OffsetDateTime now) {
		String json = codec.toJson(data);
		int updated = dsl.update(GPAI_MODEL)
			.set(GPAI_MODEL.PUBLISHED_VERSION, version)
			.set(GPAI_MODEL.DRAFT_DATA, json)
			.set(GPAI_MODEL.DRAFT_NAME, data.name())
			.set(GPAI_MODEL.DRAFT_CHANGED, false)
			.set(GPAI_MODEL.LOCK_VERSION, GPAI_MODEL.LOCK_VERSION.plus(1))
			.set(GPAI_MODEL.UPDATED_AT, now)
			.where(GPAI_MODEL.GPAI_MODEL_ID.eq(id.value()))
			.and(GPAI_MODEL.LOCK_VERSION.eq(expectedLockVersion))
			.execute();
		if (updated != 1) {
			return false;
		}
		dsl.insertInto(GPAI_MODEL_VERSION)
			.set(GPAI_MODEL_VERSION.GPAI_MODEL_ID, id.value())
			.set(GPAI_MODEL_VERSION.VERSION_NUMBER, version)
			.set(GPAI_MODEL_VERSION.DATA, json)
			.set(GPAI_MODEL_VERSION.NAME, data.name())
			.set(GPAI_MODEL_VERSION.PROVIDER_NAME, providerName)
			.set(GPAI_MODEL_VERSION.SYSTEMIC_RISK, data.systemicRisk())
			.set(GPAI_MODEL_VERSION.CHANGE_SUMMARY, changeSummary.isBlank() ? null : changeSummary)
			.set(GPAI_MODEL_VERSION.CONTENT_SHA256, GpaiModelCodec.sha256(json))
			.set(GPAI_MODEL_VERSION.PUBLISHED_AT, now)
			.set(GPAI_MODEL_VERSION.PUBLISHED_BY, publishedBy.value())
			.execute();
		return true;
	}

	public List<WorkspaceModel> findWorkspaceModels(OrganisationId organisation) {
		return dsl
			.select(GPAI_MODEL.GPAI_MODEL_ID, GPAI_MODEL.DRAFT_NAME, GPAI_MODEL.PUBLISHED_VERSION,
					GPAI_MODEL.DRAFT_CHANGED, GPAI_MODEL.UPDATED_AT)
			.from(GPAI_MODEL)
			.where(GPAI_MODEL.ORGANISATION_ID.eq(organisation.value()))
			.orderBy(GPAI_MODEL.UPDATED_AT.desc())
			.fetch(record -> new WorkspaceModel(new GpaiModelId(record.value1()), record.value2(), record.value3(),
					Boolean.TRUE.equals(record.value4()), record.value5()));
	}

	/** A published version; the latest when {@code version} is null. */
	public Optional<PublicModel> findPublic(GpaiModelId id, @Nullable Integer version) {
		var latest = GPAI_MODEL.PUBLISHED_VERSION;
		return dsl
			.select(GPAI_MODEL_VERSION.VERSION_NUMBER, latest, GPAI_MODEL_VERSION.DATA,
					GPAI_MODEL_VERSION.PROVIDER_NAME, GPAI_MODEL_VERSION.PUBLISHED_AT,
					GPAI_MODEL_VERSION.CHANGE_SUMMARY, GPAI_MODEL_VERSION.CONTENT_SHA256)
			.from(GPAI_MODEL_VERSION)
			.join(GPAI_MODEL)
			.on(GPAI_MODEL.GPAI_MODEL_ID.eq(GPAI_MODEL_VERSION.GPAI_MODEL_ID))
			.where(GPAI_MODEL_VERSION.GPAI_MODEL_ID.eq(id.value()))
			.and(version == null ? GPAI_MODEL_VERSION.VERSION_NUMBER.eq(latest)
					: GPAI_MODEL_VERSION.VERSION_NUMBER.eq(version))
			.fetchOptional(
					record -> new PublicModel(id, record.value1(), record.value2(), codec.fromJson(record.value3()),
							record.value4(), record.value5(), record.value6(), record.value7(), record.value3()));
	}

	public List<ModelVersionSummary> findVersions(GpaiModelId id) {
		return dsl.select(GPAI_MODEL_VERSION.VERSION_NUMBER, GPAI_MODEL_VERSION.PUBLISHED_AT,
				GPAI_MODEL_VERSION.CHANGE_SUMMARY, GPAI_MODEL_VERSION.CONTENT_SHA256, GPAI_MODEL_VERSION.SYSTEMIC_RISK)
			.from(GPAI_MODEL_VERSION)
			.where(GPAI_MODEL_VERSION.GPAI_MODEL_ID.eq(id.value()))
			.orderBy(GPAI_MODEL_VERSION.VERSION_NUMBER.desc())
			.fetch(record -> new ModelVersionSummary(record.value1(), record.value2(), record.value3(), record.value4(),
					Boolean.TRUE.equals(record.value5())));
	}

	/** Latest public versions of all models, newest first (for listing and indexing). */
	public List<PublicModel> findAllLatest(int limit) {
		return dsl
			.select(GPAI_MODEL_VERSION.GPAI_MODEL_ID, GPAI_MODEL_VERSION.VERSION_NUMBER, GPAI_MODEL_VERSION.DATA,
					GPAI_MODEL_VERSION.PROVIDER_NAME, GPAI_MODEL_VERSION.PUBLISHED_AT,
					GPAI_MODEL_VERSION.CHANGE_SUMMARY, GPAI_MODEL_VERSION.CONTENT_SHA256)
			.from(GPAI_MODEL_VERSION)
			.join(GPAI_MODEL)
			.on(GPAI_MODEL.GPAI_MODEL_ID.eq(GPAI_MODEL_VERSION.GPAI_MODEL_ID))
			.where(GPAI_MODEL_VERSION.VERSION_NUMBER.eq(GPAI_MODEL.PUBLISHED_VERSION))
			.orderBy(GPAI_MODEL_VERSION.PUBLISHED_AT.desc())
			.limit(limit)
			.fetch(record -> new PublicModel(new GpaiModelId(record.value1()), record.value2(), record.value2(),
					codec.fromJson(record.value3()), record.value4(), record.value5(), record.value6(), record.value7(),
					record.value3()));
	}

	public Optional<String> findTechnicalDocumentation(GpaiModelId id) {
		return dsl.select(GPAI_MODEL.TECHNICAL_DOCUMENTATION)
			.from(GPAI_MODEL)
			.where(GPAI_MODEL.GPAI_MODEL_ID.eq(id.value()))
			.fetchOptional(record -> record.value1() == null ? "" : record.value1());
	}

	public void updateTechnicalDocumentation(GpaiModelId id, OrganisationId organisation, String text,
			OffsetDateTime now) {
		dsl.update(GPAI_MODEL)
			.set(GPAI_MODEL.TECHNICAL_DOCUMENTATION, text.isBlank() ? null : text)
			.set(GPAI_MODEL.UPDATED_AT, now)
			.where(GPAI_MODEL.GPAI_MODEL_ID.eq(id.value()))
			.and(GPAI_MODEL.ORGANISATION_ID.eq(organisation.value()))
			.execute();
	}

	/** Counts for demo idempotence and tests. */
	public boolean existsWithName(String name) {
		return dsl.fetchExists(DSL.selectOne().from(GPAI_MODEL).where(GPAI_MODEL.DRAFT_NAME.eq(name)));
	}

	/**
	 * Stores an Annex XI PDF of a model once per content; the first upload's version and
	 * name are kept for the same content.
	 * @return whether it was new
	 */
	public boolean insertTechnicalDocument(GpaiModelId id, TechnicalDocument document, byte[] content,
			UserId uploadedBy) {
		if (dsl.fetchExists(GPAI_TECHNICAL_DOCUMENT, GPAI_TECHNICAL_DOCUMENT.GPAI_MODEL_ID.eq(id.value())
			.and(GPAI_TECHNICAL_DOCUMENT.SHA256.eq(document.sha256())))) {
			return false;
		}
		dsl.insertInto(GPAI_TECHNICAL_DOCUMENT)
			.set(GPAI_TECHNICAL_DOCUMENT.GPAI_MODEL_ID, id.value())
			.set(GPAI_TECHNICAL_DOCUMENT.SHA256, document.sha256())
			.set(GPAI_TECHNICAL_DOCUMENT.MODEL_VERSION, document.modelVersion())
			.set(GPAI_TECHNICAL_DOCUMENT.FILE_NAME, document.fileName())
			.set(GPAI_TECHNICAL_DOCUMENT.BYTE_SIZE, document.byteSize())
			.set(GPAI_TECHNICAL_DOCUMENT.CONTENT, content)
			.set(GPAI_TECHNICAL_DOCUMENT.UPLOADED_AT, document.uploadedAt())
			.set(GPAI_TECHNICAL_DOCUMENT.UPLOADED_BY, uploadedBy.value())
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
			.where(GPAI_TECHNICAL_DOCUMENT.GPAI_MODEL_ID.eq(id.value()))
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
			.where(GPAI_TECHNICAL_DOCUMENT.GPAI_MODEL_ID.eq(id.value()))
			.and(GPAI_TECHNICAL_DOCUMENT.SHA256.eq(sha256))
			.fetchOptional(record -> new TechnicalDocument.Download(new TechnicalDocument(record.value1(),
					record.value2(), record.value3(), record.value4(), record.value5()), record.value6()));
	}

}
