package org.memberportal.rest.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client of a request is, for throttling and the audit log. The direct peer, unless it is
 * one of the trusted proxies ({@code portal.trusted-proxies}: addresses or CIDR ranges, IPv4 and
 * IPv6): then the right-most address of {@code X-Forwarded-For} that is not a trusted proxy, since
 * everything left of it was written by the client and may be forged. An IPv6 client is its /64:
 * one subscriber usually gets a whole /64, and would otherwise have 2^64 addresses to throttle
 * one by one.
 *
 * <p>Hand-written on the JDK: the libraries at hand match IPv4 ranges only (commons-net's
 * SubnetUtils). Addresses are parsed only when they look like literals, so that nothing here
 * ever asks DNS.
 */
public final class ClientAddresses {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = trusted;
    }

    /** The word that says there are no trusted proxies, so that production can tell it from a forgotten setting. */
    public static final String NONE = "none";

    /** The trusted proxies, comma-separated; none when unset, blank or {@value #NONE}. A malformed entry is refused. */
    public static ClientAddresses trusting(Optional<String> setting) {
        List<Range> ranges = new ArrayList<>();
        String entries = setting.map(String::strip).filter(value -> !value.equalsIgnoreCase(NONE)).orElse("");
        for (String entry : entries.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new ClientAddresses(List.copyOf(ranges));
    }

    /** The client of a request from {@code peer} with these {@code X-Forwarded-For} header lines. */
    public String clientOf(String peer, List<String> forwardedFor) {
        Optional<InetAddress> direct = parse(peer);
        if (direct.isEmpty()) {
            return peer;
        }
        InetAddress client = direct.get();
        if (isTrusted(client)) {
            List<String> hops = new ArrayList<>();
            for (String line : forwardedFor) {
                hops.addAll(Arrays.asList(line.split(",")));
            }
            Collections.reverse(hops);
            for (String hop : hops) {
                Optional<InetAddress> address = parse(withoutPort(hop.strip()));
                if (address.isEmpty()) {
                    break; // written by someone untrusted: the hop before it is the last one known
                }
                client = address.get();
                if (!isTrusted(client)) {
                    break;
                }
            }
        }
        return groupOf(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    private static String groupOf(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e); // 16 bytes are always an address
            }
        }
        return address.getHostAddress();
    }

    /** "[2001:db8::1]:443" and "192.0.2.1:443" as some proxies write them, without the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }

    /** An IP literal, never a name: DNS is not asked, as nothing but a literal reaches the JDK. */
    static Optional<InetAddress> parse(String text) {
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range. */
    record Range(byte[] network, int prefixLength) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            byte[] bytes = ClientAddresses.parse(address).map(InetAddress::getAddress)
                    .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR range: " + text));
            int length;
            try {
                length = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text, e);
            }
            if (length < 0 || length > bytes.length * 8) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
            }
            return new Range(bytes, length);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefixLength / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixLength % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
