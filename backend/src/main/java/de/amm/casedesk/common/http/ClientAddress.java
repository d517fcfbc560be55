package de.amm.casedesk.common.http;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request, for the limits per anonymous address. It is the connection's peer,
 * unless that peer is one of the configured trusted proxies (amm.http.trusted-proxies, none by default): then it
 * is the last address of X-Forwarded-For that is not itself a trusted proxy. A proxy appends the address it saw, so
 * what a client writes into the header itself stays to the left of it and is never taken; a client that talks to the
 * backend directly cannot change its address with the header at all.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    /** An address block: an address and how many of its leading bits must match. */
    record Network(byte[] address, int prefixBits) {

        static Network parse(String text) {
            String value = text.strip();
            int slash = value.indexOf('/');
            InetAddress address = literal(slash < 0 ? value : value.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("amm.http.trusted-proxies: \"" + value
                        + "\" is not an IP address or a block such as 10.0.0.0/8");
            }
            int maxBits = address.getAddress().length * 8;
            int bits = maxBits;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(value.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > maxBits) {
                    throw new IllegalArgumentException(
                            "amm.http.trusted-proxies: \"" + value + "\" has a prefix length outside 0.." + maxBits);
                }
            }
            return new Network(address.getAddress(), bits);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != address.length) {
                return false;
            }
            int whole = prefixBits / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[whole] & mask) == (address[whole] & mask);
        }
    }

    private final List<Network> trusted;

    @Inject
    public ClientAddress(@ConfigProperty(name = "amm.http.trusted-proxies") Optional<List<String>> trustedProxies) {
        this(trustedProxies.orElse(List.of()));
    }

    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream()
                .filter(entry -> !entry.isBlank())
                .map(Network::parse)
                .toList();
    }

    /** The client's address for this request; null when the connection has none (not a network socket). */
    public String of(HttpServerRequest request) {
        String peer =
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return resolve(peer, request.headers().getAll(FORWARDED_FOR));
    }

    /** The client's address, given the connection's peer and the X-Forwarded-For headers as received. */
    String resolve(String peer, List<String> forwardedFor) {
        if (peer == null) {
            return null;
        }
        InetAddress peerAddress = literal(peer);
        if (peerAddress == null || !isTrusted(peerAddress)) {
            return peerAddress == null ? peer : peerAddress.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor == null ? List.<String>of() : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        InetAddress client = peerAddress;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                // a trusted proxy wrote something that is no address: its own address is all that is known
                break;
            }
            client = hop;
            if (!isTrusted(hop)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        for (Network network : trusted) {
            if (network.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** An IP address written as such (IPv6 possibly in brackets), never a name to look up; null otherwise. */
    private static InetAddress literal(String text) {
        String value = text.strip();
        if (value.length() > 2 && value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        return NetUtil.createInetAddressFromIpAddressString(value);
    }
}
