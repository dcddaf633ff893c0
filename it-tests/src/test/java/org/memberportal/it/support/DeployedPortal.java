package org.memberportal.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

import fish.payara.arquillian.container.payara.managed.PayaraMicroContainerConfiguration;
import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;

/**
 * The portal under test: the real WAR deployed once per test JVM (one failsafe execution, one
 * database) by Arquillian's Payara Micro container, and undeployed when the JVM's last test has run.
 * A boot costs 15 to 30 seconds on these machines, so every IT class of an execution shares it; each
 * test still makes its own data and never reads another's. Its address goes into the fields marked
 * {@link Url}.
 */
public final class DeployedPortal implements BeforeAllCallback, TestInstancePostProcessor {

    /** Marks the field that receives the deployed portal's base address. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Url {
    }

    private static final Namespace NAMESPACE = Namespace.create(DeployedPortal.class);

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
