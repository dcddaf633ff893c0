package org.memberportal.rest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = ClientAddresses.trusting(Optional.of("10.0.0.0/8, 192.0.2.7,2001:db8:ffff::/48"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddresses none = ClientAddresses.trusting(Optional.empty());

        assertThat(none.clientOf("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
        assertThat(ClientAddresses.trusting(Optional.of(" None ")).clientOf("203.0.113.5", List.of("198.51.100.1")))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void anUntrustedPeersHeaderIsIgnored() {
        assertThat(behindProxies.clientOf("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void fromATrustedPeerTheRightMostUntrustedAddressIsTheClient() {
        assertThat(behindProxies.clientOf("10.1.2.3", List.of("198.51.100.66, 198.51.100.1, 10.9.9.9")))
                .as("everything left of the first untrusted hop may be forged").isEqualTo("198.51.100.1");
        assertThat(behindProxies.clientOf("192.0.2.7", List.of("198.51.100.66", "198.51.100.2")))
                .as("several header lines are one list").isEqualTo("198.51.100.2");
        assertThat(behindProxies.clientOf("10.1.2.3", List.of()))
                .as("no header: the proxy itself").isEqualTo("10.1.2.3");
        assertThat(behindProxies.clientOf("10.1.2.3", List.of("10.5.5.5")))
                .as("proxies all the way: the farthest one").isEqualTo("10.5.5.5");
    }

    @Test
    void aHopThatIsNoAddressEndsTheWalk() {
        assertThat(behindProxies.clientOf("10.1.2.3", List.of("198.51.100.1, evil.example, 10.9.9.9")))
                .isEqualTo("10.9.9.9");
        assertThat(behindProxies.clientOf("10.1.2.3", List.of("198.51.100.1:4711"))).isEqualTo("198.51.100.1");
        assertThat(behindProxies.clientOf("10.1.2.3", List.of("[2001:db8:1:2::9]:443")))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void anIpv6ClientIsItsSlash64AndIpv6ProxiesMatchByPrefix() {
        assertThat(behindProxies.clientOf("2001:db8:5:6:aaaa:bbbb:cccc:dddd", List.of()))
                .isEqualTo("2001:db8:5:6:0:0:0:0/64");
        assertThat(behindProxies.clientOf("2001:db8:ffff:1::1", List.of("2001:db8:5:6::1")))
                .isEqualTo("2001:db8:5:6:0:0:0:0/64");
        assertThat(behindProxies.clientOf("2001:db8:fffe:1::1", List.of("2001:db8:5:6::1")))
                .as("outside the /48").isEqualTo("2001:db8:fffe:1:0:0:0:0/64");
    }

    @Test
    void aMalformedSettingIsRefused() {
        assertThatThrownBy(() -> ClientAddresses.trusting(Optional.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientAddresses.trusting(Optional.of("proxy.example"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientAddresses.trusting(Optional.of("10.0.0"))).isInstanceOf(IllegalArgumentException.class);
    }
}
