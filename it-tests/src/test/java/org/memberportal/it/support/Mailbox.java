package org.memberportal.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the portal under test sends to: a real GreenMail on a fixed port, so a test can
 * stop it (an outage) and start it again where the portal expects it.
 */
public final class Mailbox {

    private final int port;
    private GreenMail greenMail;

    private Mailbox(int port) {
        this.port = port;
    }

    public static Mailbox start() {
        Mailbox mailbox = new Mailbox(freePort());
        mailbox.up();
        return mailbox;
    }

    public int port() {
        return port;
    }

    public synchronized void up() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** Stops accepting mail: connections to the port are refused until {@link #up()}. */
    public synchronized void down() {
        greenMail.stop();
    }

    /** The messages received for this address so far. */
    public synchronized List<Mail> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).stream().anyMatch(address::equalsIgnoreCase))
                .map(Mail::of)
                .toList();
    }

    /** Waits for the {@code n}-th message to this address (1 is the first). */
    public Mail await(String address, int n) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<Mail> received = to(address);
            if (received.size() >= n) {
                return received.get(n - 1);
            }
            Pause.pause(Duration.ofMillis(100));
        }
        throw new AssertionError("no e-mail number " + n + " reached " + address);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(a -> ((jakarta.mail.internet.InternetAddress) a)
                    .getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A received e-mail, with its plain-text and HTML parts. */
    public record Mail(String subject, String text, String html) {

        private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
        private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+token=[A-Za-z0-9_-]+(&[^\\s\"<>]*)?");
        private static final Pattern PAGE_LINK = Pattern.compile("https?://[^\\s\"<>]+#/[^\\s\"<>]+");

        static Mail of(MimeMessage message) {
            try {
                String text = null;
                String html = null;
                Object content = message.getContent();
                if (content instanceof Multipart multipart) {
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart part = multipart.getBodyPart(i);
                        if (part.isMimeType("text/plain")) {
                            text = (String) part.getContent();
                        } else if (part.isMimeType("text/html")) {
                            html = (String) part.getContent();
                        }
                    }
                } else {
                    text = String.valueOf(content);
                }
                return new Mail(message.getSubject(), text, html);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The link with a token in this e-mail, whole, as the person clicks it. */
        public String link() {
            Matcher matcher = LINK.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("no link with a token in: " + subject);
            }
            return matcher.group();
        }

        /** The link to a page of the member portal in this e-mail ({@code .../#/tickets/...}). */
        public String pageLink() {
            Matcher matcher = PAGE_LINK.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("no link to a page in: " + subject);
            }
            return matcher.group();
        }

        /** The secret token of the link in this e-mail. */
        public String token() {
            Matcher matcher = TOKEN.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("no link with a token in: " + subject);
            }
            return matcher.group(1);
        }
    }
}
