package org.airegistry.registry.ui;

import java.util.EnumSet;
import java.util.Set;

import org.airegistry.registry.EntryData;
import org.airegistry.shared.MemberState;

/** The editor's mutable form model; converted to and from {@link EntryData}. */
class EntryForm {

	private String tradeName = "";

	private String intendedPurpose = "";

	private Set<MemberState> memberStates = EnumSet.noneOf(MemberState.class);

	static EntryForm of(EntryData data) {
		EntryForm form = new EntryForm();
		form.tradeName = data.tradeName();
		form.intendedPurpose = data.intendedPurpose();
		form.memberStates = data.memberStates().isEmpty() ? EnumSet.noneOf(MemberState.class)
				: EnumSet.copyOf(data.memberStates());
		return form;
	}

	EntryData toData() {
		return new EntryData(tradeName, intendedPurpose, memberStates);
	}

	String getTradeName() {
		return tradeName;
	}

	void setTradeName(String tradeName) {
		this.tradeName = tradeName;
	}

	String getIntendedPurpose() {
		return intendedPurpose;
	}

	void setIntendedPurpose(String intendedPurpose) {
		this.intendedPurpose = intendedPurpose;
	}

	Set<MemberState> getMemberStates() {
		return memberStates;
	}

	void setMemberStates(Set<MemberState> memberStates) {
		this.memberStates = memberStates.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(memberStates);
	}

}
