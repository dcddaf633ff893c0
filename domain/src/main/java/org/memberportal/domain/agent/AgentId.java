package org.memberportal.domain.agent;

import java.util.Objects;
import org.memberportal.domain.TimeOrderedIds;

public record AgentId(String value) {
    public AgentId {
        Objects.requireNonNull(value, "agent id");
    }

    public static AgentId newId() {
        return new AgentId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value;
    }
}
