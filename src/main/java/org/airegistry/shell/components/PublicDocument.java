package org.airegistry.shell.components;

/**
 * A view that is a public document: the server writes its content, its description,
 * canonical address, language alternates, Open Graph tags and schema.org data into the
 * first HTML response, answers with the document's HTTP status, and Vaadin takes over in
 * the browser without a visible change (DD035). The view's content is rendered once, by
 * the view itself, and serialised; only {@link #documentMetadata()} is extra.
 */
public interface PublicDocument {

	/**
	 * What the first response says about the document; asked after the navigation to the
	 * view has finished (so after {@code beforeEnter}).
	 */
	DocumentMetadata documentMetadata();

}
