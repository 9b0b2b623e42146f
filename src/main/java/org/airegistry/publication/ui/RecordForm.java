package org.airegistry.publication.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.airegistry.publication.ShownField;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.shared.Registration;

/**
 * The inputs of one record of a kind's content, bound with one {@link Binder} per record:
 * {@link Binder#readRecord} fills them, {@link Binder#writeRecord} makes the record
 * (every component of the record is bound by its name). A nested record is a sub-form
 * ({@link #nest}) bound as one field of its parent, so a problem the service reports for
 * {@code certificate.type} is shown on the input the sub-form binds under {@code type}.
 * Converters of the bindings (numbers typed as text, lines as lists) report their
 * problems next to their inputs before anything is sent. What the author changed since
 * the form last read a record is the binders' to say ({@link #hasChanges()}): an input
 * changed back to the value read is no change.
 *
 * @param <D> the record
 */
public final class RecordForm<D extends Record> {

	private final Binder<D> binder;

	private final Map<String, RecordForm<?>> nested = new LinkedHashMap<>();

	private final Map<String, HasValidation> otherInputs = new LinkedHashMap<>();

	private final List<SerializableRunnable> changeListeners = new ArrayList<>();

	public RecordForm(Class<D> type) {
		this.binder = new Binder<>(type);
		// a binding changed back to the value read is no change
		this.binder.setChangeDetectionEnabled(true);
	}

	/** The record's binder: bind each component by its name. */
	public Binder<D> binder() {
		return binder;
	}

	/**
	 * Binds a nested record (a component of this record) to a sub-form of its own.
	 * @return the sub-form, for its bindings
	 */
	public <S extends Record> RecordForm<S> nest(String component, Class<S> type) {
		RecordForm<S> form = new RecordForm<>(type);
		nested.put(component, form);
		changeListeners.forEach(form::addChangeListener);
		// written after RecordForm#write validated the sub-form
		binder.forField(composed(() -> {
			try {
				return form.binder.writeRecord();
			}
			catch (ValidationException ex) {
				throw new IllegalStateException("sub-form written before it was validated", ex);
			}
		}, form::read)).bind(component);
		return form;
	}

	/**
	 * Names an input that shows problems of a field the binder does not bind under that
	 * name (e.g. an upload whose problems the service reports as {@code documents.SCAN}).
	 */
	public RecordForm<D> name(String field, HasValidation input) {
		otherInputs.put(field, input);
		return this;
	}

	/** Fills the inputs with the record; the form then holds no change. */
	public void read(D record) {
		binder.readRecord(record);
	}

	/**
	 * Whether the author changed an input of this record or of a sub-form since the form
	 * last read a record (the binders' own tracking; an input changed back to the value
	 * read is no change).
	 */
	public boolean hasChanges() {
		return binder.hasChanges() || nested.values().stream().anyMatch(RecordForm::hasChanges);
	}

	/**
	 * Calls the listener whenever an input bound in this form or a sub-form changes,
	 * including inputs bound and sub-forms nested later; never while the form reads a
	 * record.
	 */
	public void addChangeListener(SerializableRunnable listener) {
		changeListeners.add(listener);
		binder.addValueChangeListener(change -> listener.run());
		nested.values().forEach(form -> form.addChangeListener(listener));
	}

	/**
	 * What the author typed since the form last read a record, to be put back after the
	 * editor read the record again (e.g. to show an uploaded document or a new state):
	 * each input of this form and its sub-forms that holds a change, with its value. Put
	 * back, the values are changes again (saving sends them, leaving asks first); the
	 * issue charter's editor "loses nothing" (issue 13).
	 * @return puts the typed values back into their inputs
	 */
	public Runnable typed() {
		List<Runnable> putBack = new ArrayList<>();
		collectTyped(putBack);
		return () -> putBack.forEach(Runnable::run);
	}

	private void collectTyped(List<Runnable> putBack) {
		for (Binder.Binding<D, ?> binding : binder.getChangedBindings()) {
			putBack.add(keep(binding.getField()));
		}
		nested.values().forEach(form -> form.collectTyped(putBack));
	}

	private static <V> Runnable keep(HasValue<?, V> input) {
		V value = input.getValue();
		return () -> input.setValue(value);
	}

	/**
	 * The record the inputs hold, or empty when an input cannot be converted (its problem
	 * is shown next to it).
	 */
	public Optional<D> write() {
		boolean nestedValid = true;
		for (RecordForm<?> form : nested.values()) {
			nestedValid &= form.binder.validate().isOk();
		}
		if (!nestedValid) {
			return Optional.empty();
		}
		try {
			return Optional.of(binder.writeRecord());
		}
		catch (ValidationException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The input showing problems of the field with this name, if there is one: a dotted
	 * name ({@code certificate.type}) in the sub-form of its first part; a name this
	 * record does not bind in the sub-form that binds it (services may name the fields of
	 * a nested record without its prefix).
	 */
	public Optional<HasValidation> input(String field) {
		HasValidation named = otherInputs.get(field);
		if (named != null) {
			return Optional.of(named);
		}
		int dot = field.indexOf('.');
		if (dot > 0 && nested.containsKey(field.substring(0, dot))) {
			return nested.get(field.substring(0, dot)).input(field.substring(dot + 1));
		}
		Optional<HasValidation> bound = binder.getBinding(field)
			.map(Binder.Binding::getField)
			.filter(HasValidation.class::isInstance)
			.map(HasValidation.class::cast);
		if (bound.isPresent()) {
			return bound;
		}
		return nested.values().stream().map(form -> form.input(field)).flatMap(Optional::stream).findFirst();
	}

	/**
	 * Labels the inputs from the kind's field specification: the input bound under each
	 * described field's name gets the field's label with its Annex or Article item,
	 * exactly as the record's public page and its comparison show it
	 * ({@link FieldList#label}). Fields the form has no labelled input for are skipped.
	 * @param fields the kind's fields as its {@link org.airegistry.publication.FieldSpec}
	 * describes them
	 */
	public void label(Component view, List<ShownField> fields) {
		for (ShownField field : fields) {
			input(field.key()).filter(HasLabel.class::isInstance)
				.map(HasLabel.class::cast)
				.ifPresent(input -> input.setLabel(FieldList.label(view, field)));
		}
	}

	/** Every input that can show a problem, sub-forms' included. */
	public List<HasValidation> inputs() {
		List<HasValidation> inputs = new ArrayList<>();
		binder.getFields().filter(HasValidation.class::isInstance).map(HasValidation.class::cast).forEach(inputs::add);
		nested.values().forEach(form -> inputs.addAll(form.inputs()));
		otherInputs.values().stream().filter(input -> !inputs.contains(input)).forEach(inputs::add);
		return inputs;
	}

	/**
	 * One value of a record made of several inputs (e.g. a map filled from one input per
	 * key), to bind like any input: the binder reads it with {@code read} and fills the
	 * inputs with {@code fill}, and a change of any of the {@code parts} is a change of
	 * the value (the binder tracks it like any input's).
	 */
	public static <V> HasValue<HasValue.ValueChangeEvent<V>, V> composed(SerializableSupplier<V> read,
			SerializableConsumer<V> fill, Collection<? extends HasValue<?, ?>> parts) {
		Composed<V> composed = new Composed<>(read, fill);
		parts.forEach(part -> part.addValueChangeListener(change -> composed.changed(change.isFromClient())));
		return composed;
	}

	/**
	 * A value made of several inputs whose changes the binder does not follow (a
	 * sub-form, which tracks its own: {@link #hasChanges()}).
	 */
	private static <V> HasValue<HasValue.ValueChangeEvent<V>, V> composed(SerializableSupplier<V> read,
			SerializableConsumer<V> fill) {
		return new Composed<>(read, fill);
	}

	private static final class Composed<V> implements HasValue<HasValue.ValueChangeEvent<V>, V> {

		private final SerializableSupplier<V> read;

		private final SerializableConsumer<V> fill;

		private final List<ValueChangeListener<? super ValueChangeEvent<V>>> listeners = new ArrayList<>();

		private @Nullable V last;

		private boolean readOnly;

		private boolean required;

		Composed(SerializableSupplier<V> read, SerializableConsumer<V> fill) {
			this.read = read;
			this.fill = fill;
		}

		/** One of the parts changed: so did the value. */
		void changed(boolean fromClient) {
			V old = last;
			V now = read.get();
			last = now;
			Change<V> change = new Change<>(this, fromClient, old, now);
			List.copyOf(listeners).forEach(listener -> listener.valueChanged(change));
		}

		@Override
		public void setValue(@Nullable V value) {
			if (value != null) {
				fill.accept(value);
			}
		}

		@Override
		public V getValue() {
			return read.get();
		}

		@Override
		public Registration addValueChangeListener(ValueChangeListener<? super ValueChangeEvent<V>> listener) {
			listeners.add(Objects.requireNonNull(listener));
			return () -> listeners.remove(listener);
		}

		@Override
		public void setReadOnly(boolean readOnly) {
			this.readOnly = readOnly;
		}

		@Override
		public boolean isReadOnly() {
			return readOnly;
		}

		@Override
		public void setRequiredIndicatorVisible(boolean requiredIndicatorVisible) {
			this.required = requiredIndicatorVisible;
		}

		@Override
		public boolean isRequiredIndicatorVisible() {
			return required;
		}

	}

	/** A change of a composed value. */
	private static final class Change<V> implements HasValue.ValueChangeEvent<V> {

		private final HasValue<?, V> source;

		private final boolean fromClient;

		private final @Nullable V oldValue;

		private final V value;

		Change(HasValue<?, V> source, boolean fromClient, @Nullable V oldValue, V value) {
			this.source = source;
			this.fromClient = fromClient;
			this.oldValue = oldValue;
			this.value = value;
		}

		@Override
		public HasValue<?, V> getHasValue() {
			return source;
		}

		@Override
		public boolean isFromClient() {
			return fromClient;
		}

		@Override
		public @Nullable V getOldValue() {
			return oldValue;
		}

		@Override
		public V getValue() {
			return value;
		}

	}

}
