package org.memberportal.it.support;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestWatcher;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * The portal under test: the real WAR deployed once per test JVM (one failsafe execution, one
 * database) by Arquillian's Payara Micro container, and undeployed when the JVM's last test has run.
 * A boot costs 15 to 30 seconds on these machines, so every IT class of an execution shares it; each
 * test still makes its own data and never reads another's. Its address goes into the fields marked
 * {@link Url}. A failed test prints what the server logged while it ran (up to 64 KiB), so that a
 * 500 seen in CI comes with its stack trace.
 */
public final class DeployedPortal implements BeforeAllCallback, TestInstancePostProcessor, BeforeEachCallback,
        TestWatcher {

    /** Marks the field that receives the deployed portal's base address. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Url {
    }

    private static final Namespace NAMESPACE = Namespace.create(DeployedPortal.class);
    private static final String LOG_OFFSET = "server log offset";
    private static final int SHOWN_OF_LOG = 64 * 1024;

    @Override
    public void beforeAll(ExtensionContext context) {
        deployment(context);
    }

    @Override
    public void postProcessTestInstance(Object instance, ExtensionContext context) throws IllegalAccessException {
        URL base = deployment(context).base;
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Url.class)) {
                    field.setAccessible(true);
                    field.set(instance, base);
                }
            }
        }
    }

    /** Where the server's log stood when the test began: a failure prints what the server wrote since. */
    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Path log = PortalEnvironment.serverLog();
        context.getStore(NAMESPACE).put(LOG_OFFSET, Files.exists(log) ? Files.size(log) : 0L);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Long offset = context.getStore(NAMESPACE).get(LOG_OFFSET, Long.class);
        Path log = PortalEnvironment.serverLog();
        if (offset == null || !Files.exists(log)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(log)) {
            long length = channel.size() - offset;
            ByteBuffer written = ByteBuffer.allocate((int) Math.min(Math.max(length, 0), SHOWN_OF_LOG));
            channel.read(written, Math.max(offset, channel.size() - SHOWN_OF_LOG));
            System.out.println("[portal log while " + context.getDisplayName() + " ran"
                    + (length > SHOWN_OF_LOG ? ", its last " + SHOWN_OF_LOG + " bytes" : "") + "]\n"
                    + new String(written.array(), 0, written.position(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.out.println("[portal log unreadable: " + e + "]");
        }
    }

    /** The root store outlives every test class and closes its resources when the JVM's tests end. */
    private static Deployment deployment(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Deployment.class, key -> Deployment.start(), Deployment.class);
    }

    private static final class Deployment implements ExtensionContext.Store.CloseableResource {

        private static final Logger LOG = Logger.getLogger(DeployedPortal.class.getName());

        private final PayaraMicroDeployableContainer container;
        private final WebArchive archive;
        private final URL base;

        private Deployment(PayaraMicroDeployableContainer container, WebArchive archive, URL base) {
            this.container = container;
            this.archive = archive;
            this.base = base;
        }

        static Deployment start() {
            // the peers first: their addresses become the payara.* properties the configuration reads
            PortalEnvironment.start();
            PayaraMicroDeployableContainer container = new PayaraMicroDeployableContainer();
            PayaraMicroContainerConfiguration configuration = new PayaraMicroContainerConfiguration();
            WebArchive archive = Deployments.portal();
            long started = System.nanoTime();
            try {
                // as Arquillian would: validating the configuration also reads the runtime's version
                configuration.validate();
                container.setup(configuration);
                container.start();
                ProtocolMetaData deployed = container.deploy(archive);
                HTTPContext http = deployed.getContexts(HTTPContext.class).iterator().next();
                // the container names the address of whichever interface the runtime picked, which need not
                // be reachable from here; the runtime listens on every interface, loopback included. The
                // WAR is ROOT.war: the portal answers at the root, as it does in production.
                URL base = new URL("http", "127.0.0.1", http.getPort(), "/");
                LOG.info(() -> "portal deployed at " + base + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                FirstAgentPassword.choose(base, PortalEnvironment.AGENT_EMAIL, PortalEnvironment.BOOTSTRAP_AGENT_PASSWORD,
                        PortalEnvironment.AGENT_PASSWORD);
                return new Deployment(container, archive, base);
            } catch (ConfigurationException | LifecycleException | DeploymentException | MalformedURLException e) {
                throw new IllegalStateException("the portal did not deploy", e);
            }
        }


        @Override
        public void close() throws DeploymentException, LifecycleException {
            try {
                container.undeploy(archive);
            } finally {
                container.stop();
            }
        }
    }
}
