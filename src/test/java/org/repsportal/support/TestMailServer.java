package org.repsportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A GreenMail SMTP server on a free local port that stays the same when a test stops and restarts it, the
 * portal's {@code spring.mail.port} pointing at it. Tests using it also set
 * {@code spring.mail.host=127.0.0.1}, so that Spring Boot configures its mail sender as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    public static final String HOST = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        var greenMail = new GreenMail(new ServerSetup(freePort(), HOST, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    @Bean
    DynamicPropertyRegistrar mailServerPort(GreenMail greenMail) {
        return registry -> registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
