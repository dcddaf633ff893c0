package org.memberportal.domain.agent;

import java.util.Objects;

import org.memberportal.domain.account.EmailAddress;

/** A member of the vendor's support staff: approves requests, answers tickets, fulfils orders. */
public record SupportAgent(AgentId id, String fullName, EmailAddress email, String passwordHash) {
    public SupportAgent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "e-mail");
        Objects.requireNonNull(passwordHash, "password hash");
        fullName = fullName == null || fullName.isBlank() ? email.value() : fullName.strip();
    }
}
