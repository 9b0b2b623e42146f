package org.airegistry.testing.ui;

import java.util.List;
import java.util.Locale;

import org.airegistry.shell.components.Formats;
import org.airegistry.testing.Review;
import org.airegistry.testing.ReviewState;
import org.airegistry.testing.TestEvent;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * The authorities' reviews of a plan and what happened to it, for its provider and the
 * authorities.
 */
class ReviewList extends Div {

	ReviewList(List<Review> reviews, List<TestEvent> events) {
		addClassName("test-reviews");
		Locale locale = getLocale();
		UnorderedList list = new UnorderedList();
		for (Review review : reviews) {
			String authority = review.authorityName() == null
					? getTranslation("testing.reviewList.noAuthority", review.memberState().displayName(locale))
					: review.authorityName() + ", " + review.memberState().displayName(locale);
			StringBuilder text = new StringBuilder(getTranslation("testing.reviewList.line", authority,
					getTranslation(review.state().translationKey())));
			if (review.state() == ReviewState.PENDING && review.tacitAt() != null) {
				text.append(' ')
					.append(getTranslation(
							review.tacitAllowed() ? "testing.reviewList.tacitOn" : "testing.reviewList.noTacit",
							Formats.dateTime(review.tacitAt().minusSeconds(1), locale)));
			}
			if (review.reason() != null && !review.reason().isBlank()) {
				text.append(' ').append(getTranslation("testing.reviewList.reason", review.reason()));
			}
			ListItem item = new ListItem(text.toString());
			item.addClassName("review-" + review.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
			list.add(item);
		}
		add(list);
		if (!events.isEmpty()) {
			add(new Paragraph(getTranslation("testing.events.title")));
			UnorderedList timeline = new UnorderedList();
			for (TestEvent event : events) {
				timeline.add(new ListItem(getTranslation("testing.events.line", Days.format(event.occurredOn(), locale),
						getTranslation(event.kind().translationKey()), event.reason() == null ? "" : event.reason())));
			}
			timeline.addClassName("test-events");
			add(timeline);
		}
	}

}
