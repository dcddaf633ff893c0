package org.memberportal.domain.ticket;

public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT
}
