package org.memberportal.mailchimp.api;

import jakarta.json.bind.annotation.JsonbProperty;

public record Schedule(@JsonbProperty("schedule_time") String scheduleTime) {
}
