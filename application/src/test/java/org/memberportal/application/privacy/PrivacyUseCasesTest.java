package org.memberportal.application.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.domain.access.PermissionLevel.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.memberportal.application.audience.AudienceErasures;
import org.memberportal.application.preference.ConsentChange;
import org.memberportal.application.preference.ConsentSource;
import org.memberportal.application.audience.SubscriberHash;
import org.memberportal.application.refusal.Refusal;
import org.memberportal.application.testing.InMemoryAudience.InMemorySyncStates;
import org.memberportal.application.testing.InMemoryMailing.InMemoryConsentHistory;
import org.memberportal.application.testing.InMemoryMailing.InMemoryPreferences;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryCoupons;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryDownloadRequests;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryLiveSessions;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryOrders;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryTicketAttachments;
import org.memberportal.application.testing.InMemoryServicePorts.InMemoryTickets;
import org.memberportal.application.testing.Outcomes;
import org.memberportal.application.testing.ServicesWorld;
import org.memberportal.domain.identity.Caller;
import org.memberportal.domain.notification.MailingPreferences;

class PrivacyUseCasesTest {

    private final ServicesWorld world = new ServicesWorld();
    private final InMemoryPreferences preferences = new InMemoryPreferences();
    private final InMemoryConsentHistory consents = new InMemoryConsentHistory();
    private final QueuedErasures queued = new QueuedErasures();
    private final List<PersonalData.Erasure> erased = new ArrayList<>();
    private final PersonalDataExports exports = new PersonalDataExports(world.accounts, world.companies,
            preferences, consents, new ServiceRecords(new InMemoryTickets(), new InMemoryOrders(),
                    new InMemoryDownloadRequests(), new InMemoryLiveSessions(), new InMemoryCoupons(),
                    new InMemoryTicketAttachments()),
            person -> CommunityRecords.Community.NONE, world.audit, world.clock);
    private final PersonErasure erasures = new PersonErasure(world.accounts,
            new InMemorySyncStates(world.accounts, world.companies, preferences), queued, erased::add, world.audit,
            world.clock);

    @Test
    void theExportHoldsThePersonAndTheirWholeConsentHistoryOldestFirst() {
        Caller.Member jane = world.member(world.acme, BASIC);
        MailingPreferences defaults = MailingPreferences.defaultsFor(jane.accountId(), BASIC, ServicesWorld.NOW);
        consents.record(ConsentChange.of(defaults, false, ConsentSource.PORTAL, "subscribed on activation",
                ServicesWorld.NOW));
        world.clock.advance(Duration.ofMinutes(1));
        consents.record(ConsentChange.of(defaults, false, ConsentSource.MAILCHIMP_WEBHOOK, "unsubscribed",
                world.clock.instant()));

        PersonalDataExport export = exports.export(world.agent, jane.accountId());

        assertThat(export.account().id()).isEqualTo(jane.accountId());
        assertThat(export.company().id()).isEqualTo(world.acme.id());
        assertThat(export.consentHistory()).extracting(ConsentChange::note)
                .containsExactly("subscribed on activation", "unsubscribed");
        assertThat(Outcomes.status(() -> exports.export(jane, jane.accountId()))).isEqualTo(403);
    }

    @Test
    void anErasureAnonymisesAtOnceQueuesTheMemberForMailchimpAndAuditsNothingOfThePerson() {
        Caller.Member jane = world.member(world.acme, SALES_DESIGNER);
        var account = world.accountOf(jane);

        erasures.erase(world.agent, jane.accountId());

        assertThat(erased).singleElement().satisfies(erasure -> {
            assertThat(erasure.email()).isEqualTo(account.email());
            assertThat(erasure.anonymousEmail().value()).doesNotContain(account.email().value());
            assertThat(erasure.anonymousName()).isEqualTo(PersonErasure.ERASED_NAME);
        });
        assertThat(queued.hashes).containsExactly(SubscriberHash.of(account.email()));
        assertThat(world.audit.events).filteredOn(e -> e.action().equals("PERSON_ERASED")).singleElement()
                .satisfies(e -> {
                    assertThat(e.subject()).isEqualTo(jane.accountId().value());
                    assertThat(String.valueOf(e.details())).doesNotContain(account.email().value())
                            .doesNotContain(account.fullName());
                });
    }

    @Test
    void theLastActivePrimaryIsNotErasedButOneOfTwoIs() {
        Caller.Member only = world.member(world.globex, PRIMARY_OWNER);

        assertThat(catchThrowableOfType(Refusal.class, () -> erasures.erase(world.agent, only.accountId())).code())
                .isEqualTo("last-primary");
        Caller.Member second = world.member(world.globex, PRIMARY_OWNER);
        erasures.erase(world.agent, only.accountId());
        assertThat(erased).hasSize(1);
        assertThat(Outcomes.status(() -> erasures.erase(second, only.accountId()))).isEqualTo(403);
    }

    private static final class QueuedErasures implements AudienceErasures {
        final Set<SubscriberHash> hashes = new LinkedHashSet<>();

        @Override
        public void queue(SubscriberHash member, java.time.Instant at) {
            hashes.add(member);
        }

        @Override
        public List<SubscriberHash> pending(int limit) {
            return hashes.stream().limit(limit).toList();
        }

        @Override
        public void done(SubscriberHash member) {
            hashes.remove(member);
        }
    }
}
