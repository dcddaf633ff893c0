package org.memberportal.it.support;

import java.net.MalformedURLException;
import java.net.URL;

/**
 * The portal under test reached over the loopback interface. Arquillian's Payara Micro container
 * hands out the host the runtime reports of itself, the address of whichever network interface it
 * picked; on a machine with several interfaces that address need not be reachable from the test.
 * The runtime listens on every interface, so loopback always reaches it.
 */
public final class Loopback {

    private Loopback() {
    }

    public static URL of(URL deployed) {
        try {
            return new URL(deployed.getProtocol(), "127.0.0.1", deployed.getPort(), deployed.getFile());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(deployed.toString(), e);
        }
    }
}
