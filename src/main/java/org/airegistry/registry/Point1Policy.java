package org.airegistry.registry;

/**
 * Art 49(4) is ambiguous about Annex III point 1 (biometrics): the setting
 * {@code airegistry.registry.restricted-tier.point1} chooses the reading (spec §1.2,
 * §10.9).
 */
public enum Point1Policy {

	/** Point-1 systems are restricted only when used for law enforcement or migration. */
	LE_OR_MIGRATION_USE_ONLY,

	/** All point-1 systems are restricted. */
	ALWAYS

}
