package org.airegistry.explanation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.airegistry.shared.MemberState;
import org.airegistry.shared.OrganisationId;
import org.airegistry.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures of Art 86 requests for the market surveillance authority's dashboard:
 * requests per state and overdue requests per deployer. Only counts and deployer names
 * leave this class; nothing of a requester (address, texts, references, tokens) is read
 * for them. Regulators only.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
public class ExplanationOversight {

	/**
	 * What to count.
	 *
	 * @param memberState only requests to deployers seated in this Member State
	 * @param from submitted (verified) on or after this day
	 * @param to submitted on or before this day
	 */
	public record Filter(@Nullable MemberState memberState, @Nullable LocalDate from, @Nullable LocalDate to) {

		public static final Filter ALL = new Filter(null, null, null);

	}

	/** Overdue requests of one deployer (Art 86; deadline per configuration). */
	public record DeployerOverdue(OrganisationId deployer, String deployerName, long overdue) {
	}

	/**
	 * The figures.
	 *
	 * @param perState verified requests per state (every state after verification is
	 * present, zero when none)
	 * @param overduePerDeployer deployers with overdue requests, most overdue first
	 * @param overdue overdue requests in total: open, past the due date, clock running
	 */
	public record Overview(Map<RequestState, Long> perState, List<DeployerOverdue> overduePerDeployer, long overdue) {
	}

	private final ExplanationFigures figures;

	ExplanationOversight(ExplanationFigures figures) {
		this.figures = figures;
	}

	/** Requests per state and overdue requests per deployer within the filter. */
	@Transactional(readOnly = true)
	public Overview overview(Filter filter) {
		return figures.overview(filter);
	}

	/** Overdue requests in the whole registry (for the attention list). */
	@Transactional(readOnly = true)
	public long overdueCount() {
		return figures.overdueCount();
	}

}
