package org.memberportal.it.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.memberportal.mailchimp.fake.FakeMailchimp;

/**
 * Starts the real peers the portal talks to (its database, SMTP server and Mailchimp) once per test
 * JVM, and hands their addresses to the Payara Micro that {@link DeployedPortal} starts next. The
 * portal reads its settings from system properties of its own JVM, passed here through
 * {@code payara.cmdOptions}.
 */
public final class PortalEnvironment {

    public static final String AGENT_EMAIL = "first.agent@vendor.example";
    /** The first agent's password once it chose its own, as every test finds it ({@link FirstAgentPassword}). */
    public static final String AGENT_PASSWORD = "the first agent's own long passphrase";

    /** The first agent's password in the portal's settings, changed before the first test. */
    public static final String BOOTSTRAP_AGENT_PASSWORD = "first-agent-bootstrap-password";

    /** Where the portal's e-mailed links point (never the request's host). */
    public static final String PUBLIC_URL = "https://portal.test.example";
    /**
     * PBKDF2 iterations of the portals the tests start: the suite makes hundreds of accounts, at a
     * quarter of a second of a core each at production strength. Production refuses fewer than
     * 210,000 (ProductionSettingsTest); the sign-in's work is the same at any count.
     */
    public static final int PASSWORD_ITERATIONS = 1024;

    /** The secret path segment of the Mailchimp webhook in the portal under test. */
    public static final String MAILCHIMP_WEBHOOK_SECRET = "it-webhook-secret-7f3a9c-5e1d08b2a4";

    /** The address the tests talk from, trusted as a reverse proxy by the portal under test. */
    public static final String TRUSTED_PROXY = "127.0.0.1";

    /** Another loopback address, which the portal does not trust. */
    public static final String UNTRUSTED_PEER = "127.0.0.2";

    private static TestDatabase database;
    /** The deployed portal's own log: Payara's console is not kept, and a failed test prints its part. */
    private static Path serverLog;
    private static Mailbox mailbox;
    private static FakeMailchimp mailchimp;

    private PortalEnvironment() {
    }

    static synchronized void start() {
        if (database != null) {
            return;
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir"));
        serverLog = target.resolve("portal-server-" + ProcessHandle.current().pid() + ".log");
        database = TestDatabase.start(System.getProperty("it.database", "postgresql"), target);
        mailbox = Mailbox.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                database.close();
            } catch (Exception e) {
                // the JVM is ending; nothing left to clean for
            }
        }));

        mailchimp = new FakeMailchimp("0123456789abcdef0123456789abcdef-us6");
        List<String> options = new ArrayList<>(List.of(
                "-Xmx512m",
                "-Djava.io.tmpdir=" + target,
                "-Dportal.db.url=" + database.url(),
                "-Dportal.db.user=" + database.user(),
                "-Dportal.db.password=" + database.password(),
                "-Dportal.bootstrap.agent.email=" + AGENT_EMAIL,
                "-Dportal.bootstrap.agent.password=" + BOOTSTRAP_AGENT_PASSWORD,
                "-Dportal.public.url=" + PUBLIC_URL,
                "-Dportal.smtp.host=127.0.0.1",
                "-Dportal.smtp.port=" + mailbox.port(),
                "-Dportal.outbox.poll-interval=PT0.5S",
                "-Dportal.outbox.first-retry=PT1S",
                "-Dportal.password.iterations=" + PASSWORD_ITERATIONS,
                // every test logs in from 127.0.0.1: the per-client limits would add up across tests
                "-Dportal.login.failures-per-client=100000",
                "-Dportal.password-reset.requests-per-client=100000",
                // the tests' own address stands for a reverse proxy: a test that sends X-Forwarded-For
                // through it names the client; one from another loopback address is an untrusted peer
                "-Dportal.trusted-proxies=" + TRUSTED_PROXY,
                "-Dmailchimp.api.key=" + mailchimp.apiKey(),
                "-Dmailchimp.list.id=" + mailchimp.listId(),
                "-Dmailchimp.base.url=" + mailchimp.baseUri(),
                "-Dmailchimp.webhook.secret=" + MAILCHIMP_WEBHOOK_SECRET));
        // a test that meets the wait after the free failures must make its next try within it, which a
        // loaded machine's slow logins may not: such an execution sets a wait longer than a second
        String firstDelay = System.getProperty("it.login.first-delay");
        if (firstDelay != null) {
            options.add("-Dportal.login.first-delay=" + firstDelay);
        }
        // the bootstrap agent would have to enrol in every IT: only the second-factor ITs keep the default
        String secondFactorRequired = System.getProperty("it.second-factor.required", "none");
        if (!secondFactorRequired.equals("default")) {
            options.add("-Dportal.second-factor.required=" + secondFactorRequired);
        }
        System.setProperty("payara.cmdOptions", String.join(" ", options));
        System.setProperty("payara.extraMicroOptions", "--prebootcommandfile " + System.getProperty("portal.preboot")
                + " --postbootcommandfile " + System.getProperty("portal.postboot")
                + " --addLibs " + System.getProperty("portal.runtimeLibs")
                + " --logtofile " + serverLog);
    }

    /**
     * The log file of the portal under test, once it started: Payara's file handler writes the first
     * of its rotating files, the name given with {@code .0} added.
     */
    static Path serverLog() {
        start();
        return serverLog.resolveSibling(serverLog.getFileName() + ".0");
    }

    public static Mailbox mailbox() {
        start();
        return mailbox;
    }

    /** The fake Mailchimp the portal under test talks to, one per test JVM. */
    public static FakeMailchimp mailchimp() {
        start();
        return mailchimp;
    }

    public static TestDatabase database() {
        start();
        return database;
    }
}
