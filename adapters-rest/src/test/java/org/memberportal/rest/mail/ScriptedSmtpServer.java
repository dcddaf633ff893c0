package org.memberportal.rest.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server for one conversation that answers RCPT with a given reply: how real servers refuse
 * a recipient, for good (5xx) or for now (4xx), which GreenMail cannot be told to do.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread conversation;

    private ScriptedSmtpServer(String rcptReply) throws IOException {
        socket = new ServerSocket(0);
        conversation = new Thread(() -> converse(rcptReply), "scripted-smtp");
        conversation.setDaemon(true);
        conversation.start();
    }

    static ScriptedSmtpServer answeringRcptWith(String reply) throws IOException {
        return new ScriptedSmtpServer(reply);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void converse(String rcptReply) {
        try (Socket client = socket.accept();
                BufferedReader in = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            reply(out, "220 scripted.example ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "RCPT" -> reply(out, rcptReply);
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 5.5.2 Not implemented");
                }
            }
        } catch (IOException e) {
            // the client hung up or the test closed the server: the conversation is over
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
