package org.memberportal.mailchimp.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;

public record TestSend(@JsonbProperty("test_emails") List<String> testEmails, @JsonbProperty("send_type") String sendType) {
}
