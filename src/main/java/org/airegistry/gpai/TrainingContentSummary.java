package org.airegistry.gpai;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The public summary of training content (Art 53(1)(d)) following the AI Office template:
 * 1.3 modalities with size bands and characteristics, 2 data sources (public datasets,
 * licensed and other private data, crawled data with crawler details and top domains,
 * user data, synthetic data, other), 3 data processing (opt-outs respected, illegal
 * content removed). Published with each model version and downloadable as JSON.
 */
public record TrainingContentSummary(Map<Modality, SizeBand> modalities, String contentTypes,
		@Nullable LocalDate latestAcquisition, String languages, String otherCharacteristics, boolean publicDatasets,
		String publicDatasetList, boolean licensedData, String licensedDataDescription, String otherPrivateData,
		boolean crawled, String crawlerNames, String crawlerBehaviour, String crawlPeriod, List<String> topDomains,
		boolean userData, String userDataDescription, boolean syntheticData, String syntheticDataDescription,
		String otherSources, String optOutMeasures, String illegalContentMeasures, String otherProcessing) {

	public TrainingContentSummary {
		modalities = new TreeMap<>(modalities);
		topDomains = List.copyOf(topDomains);
	}

	public static TrainingContentSummary empty() {
		return new TrainingContentSummary(Map.of(), "", null, "", "", false, "", false, "", "", false, "", "", "",
				List.of(), false, "", false, "", "", "", "", "");
	}

	/** A builder starting from this data, for forms and tests. */
	public Builder toBuilder() {
		return new Builder(this);
	}
	/** Changes one field at a time; {@link #build()} makes the record. */
	public static final class Builder {

		private Map<Modality, SizeBand> modalities;

		private String contentTypes;

		private @Nullable LocalDate latestAcquisition;

		private String languages;

		private String otherCharacteristics;

		private boolean publicDatasets;

		private String publicDatasetList;

		private boolean licensedData;

		private String licensedDataDescription;

		private String otherPrivateData;

		private boolean crawled;

		private String crawlerNames;

		private String crawlerBehaviour;

		private String crawlPeriod;

		private List<String> topDomains;

		private boolean userData;

		private String userDataDescription;

		private boolean syntheticData;

		private String syntheticDataDescription;

		private String otherSources;

		private String optOutMeasures;

		private String illegalContentMeasures;

		private String otherProcessing;

		private Builder(TrainingContentSummary data) {
			this.modalities = data.modalities();
			this.contentTypes = data.contentTypes();
			this.latestAcquisition = data.latestAcquisition();
			this.languages = data.languages();
			this.otherCharacteristics = data.otherCharacteristics();
			this.publicDatasets = data.publicDatasets();
			this.publicDatasetList = data.publicDatasetList();
			this.licensedData = data.licensedData();
			this.licensedDataDescription = data.licensedDataDescription();
			this.otherPrivateData = data.otherPrivateData();
			this.crawled = data.crawled();
			this.crawlerNames = data.crawlerNames();
			this.crawlerBehaviour = data.crawlerBehaviour();
			this.crawlPeriod = data.crawlPeriod();
			this.topDomains = data.topDomains();
			this.userData = data.userData();
			this.userDataDescription = data.userDataDescription();
			this.syntheticData = data.syntheticData();
			this.syntheticDataDescription = data.syntheticDataDescription();
			this.otherSources = data.otherSources();
			this.optOutMeasures = data.optOutMeasures();
			this.illegalContentMeasures = data.illegalContentMeasures();
			this.otherProcessing = data.otherProcessing();
		}

		public Builder modalities(Map<Modality, SizeBand> modalities) {
			this.modalities = modalities;
			return this;
		}

		public Builder contentTypes(String contentTypes) {
			this.contentTypes = contentTypes;
			return this;
		}

		public Builder latestAcquisition(@Nullable LocalDate latestAcquisition) {
			this.latestAcquisition = latestAcquisition;
			return this;
		}

		public Builder languages(String languages) {
			this.languages = languages;
			return this;
		}

		public Builder otherCharacteristics(String otherCharacteristics) {
			this.otherCharacteristics = otherCharacteristics;
			return this;
		}

		public Builder publicDatasets(boolean publicDatasets) {
			this.publicDatasets = publicDatasets;
			return this;
		}

		public Builder publicDatasetList(String publicDatasetList) {
			this.publicDatasetList = publicDatasetList;
			return this;
		}

		public Builder licensedData(boolean licensedData) {
			this.licensedData = licensedData;
			return this;
		}

		public Builder licensedDataDescription(String licensedDataDescription) {
			this.licensedDataDescription = licensedDataDescription;
			return this;
		}

		public Builder otherPrivateData(String otherPrivateData) {
			this.otherPrivateData = otherPrivateData;
			return this;
		}

		public Builder crawled(boolean crawled) {
			this.crawled = crawled;
			return this;
		}

		public Builder crawlerNames(String crawlerNames) {
			this.crawlerNames = crawlerNames;
			return this;
		}

		public Builder crawlerBehaviour(String crawlerBehaviour) {
			this.crawlerBehaviour = crawlerBehaviour;
			return this;
		}

		public Builder crawlPeriod(String crawlPeriod) {
			this.crawlPeriod = crawlPeriod;
			return this;
		}

		public Builder topDomains(List<String> topDomains) {
			this.topDomains = topDomains;
			return this;
		}

		public Builder userData(boolean userData) {
			this.userData = userData;
			return this;
		}

		public Builder userDataDescription(String userDataDescription) {
			this.userDataDescription = userDataDescription;
			return this;
		}

		public Builder syntheticData(boolean syntheticData) {
			this.syntheticData = syntheticData;
			return this;
		}

		public Builder syntheticDataDescription(String syntheticDataDescription) {
			this.syntheticDataDescription = syntheticDataDescription;
			return this;
		}

		public Builder otherSources(String otherSources) {
			this.otherSources = otherSources;
			return this;
		}

		public Builder optOutMeasures(String optOutMeasures) {
			this.optOutMeasures = optOutMeasures;
			return this;
		}

		public Builder illegalContentMeasures(String illegalContentMeasures) {
			this.illegalContentMeasures = illegalContentMeasures;
			return this;
		}

		public Builder otherProcessing(String otherProcessing) {
			this.otherProcessing = otherProcessing;
			return this;
		}

		public TrainingContentSummary build() {
			return new TrainingContentSummary(modalities, contentTypes, latestAcquisition, languages,
					otherCharacteristics, publicDatasets, publicDatasetList, licensedData, licensedDataDescription,
					otherPrivateData, crawled, crawlerNames, crawlerBehaviour, crawlPeriod, topDomains, userData,
					userDataDescription, syntheticData, syntheticDataDescription, otherSources, optOutMeasures,
					illegalContentMeasures, otherProcessing);
		}

	}

}
