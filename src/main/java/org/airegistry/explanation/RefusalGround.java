package org.airegistry.explanation;

/** Legal grounds on which a deployer may refuse an explanation. */
public enum RefusalGround {

	/** Art 86(2): an exception or restriction under Union or national law. */
	ART_86_2_UNION_OR_NATIONAL_LAW,
	/** Art 86(3): the right is provided for under GDPR Art 15(1)(h) (right of access). */
	ART_86_3_GDPR_ART_15,
	/** Art 86(3): the right is provided for under GDPR Art 22 (automated decisions). */
	ART_86_3_GDPR_ART_22,
	/** Art 86(3): the right is provided for under other Union law. */
	ART_86_3_OTHER_UNION_LAW

}
