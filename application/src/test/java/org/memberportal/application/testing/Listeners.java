package org.memberportal.application.testing;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

/** An event delivered to its listeners in the order given, at once, as the container does by priority. */
public final class Listeners<T> implements Event<T> {

    private final List<Consumer<T>> listeners;

    private Listeners(List<Consumer<T>> listeners) {
        this.listeners = listeners;
    }

    public static <T> Event<T> of(Consumer<T> first, Consumer<T> then) {
        return new Listeners<>(List.of(first, then));
    }

    /** An event whose every firing is kept in {@code fired}. */
    public static <T> Event<T> into(List<T> fired) {
        return new Listeners<>(List.of(fired::add));
    }

    @Override
    public void fire(T event) {
        listeners.forEach(listener -> listener.accept(event));
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
        fire(event);
        return CompletableFuture.completedFuture(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
        return fireAsync(event);
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException("no qualified events here");
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("no qualified events here");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException("no qualified events here");
    }
}
