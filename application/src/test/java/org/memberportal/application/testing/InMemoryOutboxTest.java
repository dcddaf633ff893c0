package org.memberportal.application.testing;

import java.util.function.Function;

import org.memberportal.application.mail.OutboxContract;

class InMemoryOutboxTest extends OutboxContract<InMemoryOutbox> {

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Override
    protected <T> T inTransaction(Function<InMemoryOutbox, T> work) {
        return work.apply(outbox);
    }
}
