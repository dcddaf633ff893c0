package org.memberportal.domain.ticket;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How soon the support team owes a ticket its first answer, by priority, shorter for a company with
 * an active maintenance plan: the plan is what the customer pays for, so it must shorten the wait.
 * Calendar hours, not working hours.
 */
public final class ResponseTargets {

    /** DECIDED (docs/rules.md, the support team's work): the vendor's hours; settings may change them. */
    public static final ResponseTargets DECIDED = new ResponseTargets(Map.of(
            TicketPriority.URGENT, new Hours(4, 8),
            TicketPriority.HIGH, new Hours(8, 24),
            TicketPriority.NORMAL, new Hours(24, 72),
            TicketPriority.LOW, new Hours(72, 120)));

    private final Map<TicketPriority, Hours> hours;

    private ResponseTargets(Map<TicketPriority, Hours> hours) {
        this.hours = new EnumMap<>(hours);
        for (TicketPriority priority : TicketPriority.values()) {
            Objects.requireNonNull(this.hours.get(priority), () -> "no response target for " + priority);
        }
    }

    /** These targets with one priority's hours replaced. */
    public ResponseTargets with(TicketPriority priority, Hours changed) {
        Map<TicketPriority, Hours> copy = new EnumMap<>(hours);
        copy.put(priority, Objects.requireNonNull(changed));
        return new ResponseTargets(copy);
    }

    public Hours of(TicketPriority priority) {
        return hours.get(priority);
    }

    /** The targets that apply to a company with (or without) an active maintenance plan. */
    public ServiceLevel forCompany(boolean activeMaintenancePlan) {
        return priority -> Duration.ofHours(activeMaintenancePlan ? hours.get(priority).withPlan()
                : hours.get(priority).withoutPlan());
    }

    /** A first answer's target in whole hours, with a plan and without; a plan never lengthens it. */
    public record Hours(int withPlan, int withoutPlan) {
        public Hours {
            if (withPlan < 1 || withoutPlan < 1) {
                throw new IllegalArgumentException("a response target is at least one hour");
            }
            if (withPlan > withoutPlan) {
                throw new IllegalArgumentException("a maintenance plan never makes the wait longer");
            }
        }
    }

    /** The time a company's ticket of some priority may wait for its first answer. */
    @FunctionalInterface
    public interface ServiceLevel {
        Duration firstResponse(TicketPriority priority);
    }
}
