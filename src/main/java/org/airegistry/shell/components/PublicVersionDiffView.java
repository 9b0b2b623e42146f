package org.airegistry.shell.components;

import java.util.List;

import org.airegistry.publication.ui.VersionDiffView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;

/**
 * A comparison of two public versions as a public document (DD035): the first response
 * describes it (not indexed: the versions themselves are the documents) and offers the
 * version choice as a plain form that works without the browser's script.
 */
public abstract class PublicVersionDiffView extends VersionDiffView implements PublicDocument {

	/** What the first response says about the page shown. */
	private DocumentMetadata metadata = DocumentMetadata.page("", "", null);

	protected PublicVersionDiffView(String recordParameter, String backKey) {
		super(recordParameter, backKey);
	}

	@Override
	protected void shown(String record, Side from, Side to, String title) {
		metadata = DocumentMetadata
			.page(to.name() + ": " + title, route(permalink(record), from.version(), to.version()), null)
			.notIndexed();
	}

	@Override
	protected Component chooser(HorizontalLayout chooser, String action, List<Integer> versions, int from, int to) {
		PlainForm form = new PlainForm(action);
		form.addClassName("diff-chooser");
		form.add(versionSelect("from", getTranslation("publication.diff.from"), versions, from),
				versionSelect("to", getTranslation("publication.diff.to"), versions, to));
		NativeButton submit = new NativeButton(getTranslation("publication.diff.show"));
		submit.getElement().setAttribute("type", "submit");
		form.add(submit);
		return StaticHtml.standIn(chooser, form);
	}

	private static NativeLabel versionSelect(String name, String label, List<Integer> versions, int selected) {
		Element select = new Element("select");
		select.setAttribute("name", name);
		for (int version : versions) {
			Element option = new Element("option");
			option.setAttribute("value", Integer.toString(version));
			option.setText(Integer.toString(version));
			if (version == selected) {
				option.setAttribute("selected", true);
			}
			select.appendChild(option);
		}
		NativeLabel field = new NativeLabel();
		field.addClassName("plain-field");
		field.add(new Span(label));
		field.getElement().appendChild(select);
		return field;
	}

	@Override
	public DocumentMetadata documentMetadata() {
		return metadata;
	}

}
