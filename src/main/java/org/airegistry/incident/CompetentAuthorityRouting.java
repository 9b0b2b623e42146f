package org.airegistry.incident;

import java.util.Comparator;
import java.util.Optional;

import org.airegistry.organisation.Authorities;
import org.airegistry.organisation.CompetentAuthority;
import org.airegistry.shared.Competence;
import org.airegistry.shared.MemberState;
import org.springframework.stereotype.Component;

/**
 * The competent authorities from the registry's authority model ({@link Authorities}):
 * the authority of a Member State whose active regulators hold the competence; when
 * several hold it, the kind the system's {@link SupervisionBasis} names before any other
 * (the data protection authority for the Art 74(8) systems, a market surveillance
 * authority for all others), then by name, as the authority model lists them; the AI
 * Office is the Union body whose regulators hold {@link Competence#SERIOUS_INCIDENTS}
 * (DD082).
 */
@Component
class CompetentAuthorityRouting implements AuthorityRouting {

	private final Authorities authorities;

	CompetentAuthorityRouting(Authorities authorities) {
		this.authorities = authorities;
	}

	@Override
	public Optional<Authority> marketSurveillance(MemberState memberState, Competence competence,
			SupervisionBasis basis) {
		org.airegistry.organisation.AuthorityKind preferred = basis == SupervisionBasis.DATA_PROTECTION_AUTHORITY
				? org.airegistry.organisation.AuthorityKind.DATA_PROTECTION_AUTHORITY
				: org.airegistry.organisation.AuthorityKind.MARKET_SURVEILLANCE_AUTHORITY;
		return authorities.competentFor(memberState, competence)
			.stream()
			.min(Comparator.comparing(authority -> authority.kind() != preferred))
			.map(authority -> new Authority(authority.id(), authority.legalName(), AuthorityKind.MARKET_SURVEILLANCE,
					memberState, authority.functionalEmail()));
	}

	@Override
	public Optional<Authority> aiOffice() {
		return authorities.atUnionLevel(Competence.SERIOUS_INCIDENTS)
			.stream()
			.filter(authority -> authority.kind() == org.airegistry.organisation.AuthorityKind.AI_OFFICE)
			.findFirst()
			.map(CompetentAuthorityRouting::aiOffice);
	}

	private static Authority aiOffice(CompetentAuthority authority) {
		return new Authority(authority.id(), authority.legalName(), AuthorityKind.AI_OFFICE, null,
				authority.functionalEmail());
	}

}
