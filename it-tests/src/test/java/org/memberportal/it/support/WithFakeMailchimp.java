package org.memberportal.it.support;

import java.net.URL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memberportal.mailchimp.fake.FakeMailchimp;

/**
 * The set-up of the ITs of the portal's traffic with Mailchimp: the deployed portal, its agent (who
 * runs the jobs), members made through the API, and the fake Mailchimp of the test JVM with no
 * call held back from a test before.
 */
@ExtendWith(DeployedPortal.class)
public abstract class WithFakeMailchimp {

    @DeployedPortal.Url
    protected URL base;

    protected Members members;
    protected PortalClient agent;
    protected final FakeMailchimp mailchimp = PortalEnvironment.mailchimp();

    @BeforeEach
    void connect() {
        mailchimp.releaseCalls();
        members = new Members(base);
        agent = members.agent();
    }
}
