package org.airegistry.shared;

/**
 * Who may read the non-public section of the database (Art 49(4)): the Commission and the
 * authorities of Art 74(8), that is the users holding
 * {@link Competence#RESTRICTED_SECTION} (DD048). The one predicate for every service,
 * view and list that shows non-public content, in three forms that cannot disagree:
 * <ul>
 * <li>{@link #mayReadNonPublicSection()}, the signed-in user (implemented by the security
 * module's {@code CurrentActor}; modules that cannot see the security module, such as the
 * publication kernel, take this interface);</li>
 * <li>{@code Actor.mayReadNonPublicSection()}, the rule itself on a user's
 * competences;</li>
 * <li>{@link #ROLE} and {@link #MAY_READ} for the guards of whole pages
 * ({@code @RolesAllowed}) and services ({@code @PreAuthorize}): the competence is granted
 * as the role {@code ROLE_COMPETENCE_RESTRICTED_SECTION}.</li>
 * </ul>
 * No other code asks for the competence itself (ArchitectureTest).
 */
public interface NonPublicSection {

	/** The role that opens the section's pages, for {@code @RolesAllowed}. */
	String ROLE = Competence.Names.RESTRICTED_SECTION;

	/** The same rule as a method-security expression, for {@code @PreAuthorize}. */
	String MAY_READ = "hasRole('" + ROLE + "')";

	/**
	 * Whether the signed-in user may read the non-public section; false for anonymous
	 * visitors.
	 */
	boolean mayReadNonPublicSection();

}
