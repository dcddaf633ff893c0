package org.memberportal.rest.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/** The webhook's answers to its secret, without the container: nothing behind the secret is reached. */
class MailchimpWebhookResourceTest {

    private static final String SHORT = "s".repeat(WebhookSecret.SHORTEST - 1);
    private static final String LONG_ENOUGH = "l".repeat(WebhookSecret.SHORTEST);

    @Test
    void aSecretShorterThan32CharactersAnswers404EvenWhenTheCallerKnowsIt() {
        MailchimpWebhookResource webhook = webhook(Optional.of(SHORT), SHORT);

        assertThatThrownBy(webhook::check).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> webhook.deliver(new MultivaluedHashMap<>())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnsetSecretAnswers404() {
        MailchimpWebhookResource webhook = webhook(Optional.empty(), "");

        assertThatThrownBy(webhook::check).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLongEnoughSecretAnswersOnlyItself() {
        assertThatThrownBy(webhook(Optional.of(LONG_ENOUGH), LONG_ENOUGH + "x")::check)
                .isInstanceOf(NotFoundException.class);
        assertThat(webhook(Optional.of(LONG_ENOUGH), LONG_ENOUGH).check().getStatus()).isEqualTo(200);
    }

    @Test
    void aDeliveryWithoutABodyIsAnEventOfNothing() {
        Response answer = webhook(Optional.of(LONG_ENOUGH), LONG_ENOUGH).deliver(null);

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(((MailchimpWebhookResource.Received) answer.getEntity()).outcome()).isEqualTo("NOTHING_NEW");
    }

    private static MailchimpWebhookResource webhook(Optional<String> configured, String given) {
        MailchimpWebhookResource webhook = new MailchimpWebhookResource();
        webhook.secret = WebhookSecret.of(configured);
        webhook.given = given;
        webhook.listId = Optional.empty();
        webhook.events = event -> {
            throw new AssertionError("nothing to handle: " + event);
        };
        return webhook;
    }
}
