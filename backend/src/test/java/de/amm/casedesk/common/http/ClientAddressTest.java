package de.amm.casedesk.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request counts for: the peer's, or behind a trusted proxy the client's it forwarded. */
class ClientAddressTest {

    private static final ClientAddress NO_PROXY = new ClientAddress(List.of());
    private static final ClientAddress BEHIND_NGINX = new ClientAddress(List.of("10.0.0.5", "172.28.0.0/16", "::1"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(NO_PROXY.resolve("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
        assertThat(NO_PROXY.resolve("127.0.0.1", List.of("198.51.100.1, 198.51.100.2")))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void aClientThatIsNoTrustedProxyCannotNameAnotherAddress() {
        assertThat(BEHIND_NGINX.resolve("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheAddressItAppendedCounts() {
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // what the client wrote itself stands left of what the proxy appended
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of("1.2.3.4, 198.51.100.1")))
                .isEqualTo("198.51.100.1");
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of("1.2.3.4", "198.51.100.1")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of("6.6.6.6, 198.51.100.1, 172.28.3.4")))
                .isEqualTo("198.51.100.1");
        // only trusted proxies: the first of them
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of("172.28.0.9, 172.28.3.4")))
                .isEqualTo("172.28.0.9");
    }

    @Test
    void aTrustedProxyWithoutHeaderOrWithGarbageCountsAsItself() {
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", null)).isEqualTo("10.0.0.5");
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of("unknown"))).isEqualTo("10.0.0.5");
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of("198.51.100.1, example.org")))
                .isEqualTo("10.0.0.5");
        assertThat(BEHIND_NGINX.resolve("10.0.0.5", List.of(" , "))).isEqualTo("10.0.0.5");
    }

    @Test
    void ipv6AddressesAndBlocks() {
        ClientAddress v6 = new ClientAddress(List.of("2001:db8::/32"));
        assertThat(v6.resolve("2001:db8::17", List.of("2a00:1450:4001:80b::200e")))
                .isEqualTo("2a00:1450:4001:80b:0:0:0:200e");
        assertThat(v6.resolve("2001:db9::17", List.of("2a00:1450:4001:80b::200e")))
                .isEqualTo("2001:db9:0:0:0:0:0:17");
        assertThat(BEHIND_NGINX.resolve("0:0:0:0:0:0:0:1", List.of("[2a00:1450::1]")))
                .isEqualTo("2a00:1450:0:0:0:0:0:1");
    }

    @Test
    void blocksMatchByTheirPrefixOnly() {
        ClientAddress odd = new ClientAddress(List.of("192.168.4.0/22"));
        assertThat(odd.resolve("192.168.7.255", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(odd.resolve("192.168.8.0", List.of("198.51.100.1"))).isEqualTo("192.168.8.0");
        ClientAddress everyone = new ClientAddress(List.of("0.0.0.0/0"));
        assertThat(everyone.resolve("203.0.113.7", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    }

    @Test
    void aMisconfiguredProxyListStopsTheStart() {
        assertThatThrownBy(() -> new ClientAddress(List.of("nginx.internal")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nginx.internal");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix length");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
