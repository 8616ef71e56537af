package io.omcid.agent.api;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import io.omcid.agent.onu.AgentHarness;
import io.omcid.api.v1.ListOnusRequest;
import io.omcid.api.v1.OnuServiceGrpc;
import io.omcid.codec.catalog.MeCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same services in-process, and over a real port with TLS and mutual TLS. */
class TlsAndInProcessTest {

    @TempDir
    Path directory;

    private AgentHarness harness;
    private ApiContext context;

    @BeforeEach
    void start() throws Exception {
        EventHub events = new EventHub();
        harness = AgentHarness.start(AgentHarness.config(directory, 1, 2), List.of(events));
        harness.awaitReady(Duration.ofSeconds(30));
        context = new ApiContext(harness.agent, MeCatalog.standard(), events, harness.pon);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static int onuCount(ManagedChannel channel) {
        return OnuServiceGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                .listOnus(ListOnusRequest.getDefaultInstance()).getOnusCount();
    }

    @Test
    void inProcess() throws Exception {
        String name = InProcessServerBuilder.generateName();
        InProcessServerBuilder builder = InProcessServerBuilder.forName(name).directExecutor();
        ApiServer.services(context).forEach(builder::addService);
        io.grpc.Server server = builder.build().start();
        ManagedChannel channel = InProcessChannelBuilder.forName(name).directExecutor().build();
        try {
            assertThat(onuCount(channel)).isEqualTo(2);
        } finally {
            channel.shutdownNow();
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void mutualTlsLetsInOnlyClientsWithACertificateOfTheTrustedCa() throws Exception {
        SelfSignedCertificate serverCert = new SelfSignedCertificate("localhost");
        SelfSignedCertificate clientCert = new SelfSignedCertificate("operator");
        try (ApiServer server = new ApiServer(context, "127.0.0.1", 0, new ApiServer.Tls(
                serverCert.certificate().toPath(), serverCert.privateKey().toPath(),
                clientCert.certificate().toPath()))) {
            ManagedChannel trusted = NettyChannelBuilder.forAddress("localhost", server.port())
                    .sslContext(GrpcSslContexts.configure(SslContextBuilder.forClient()
                            .trustManager(serverCert.certificate())
                            .keyManager(clientCert.certificate(), clientCert.privateKey())).build()).build();
            ManagedChannel anonymous = NettyChannelBuilder.forAddress("localhost", server.port())
                    .sslContext(GrpcSslContexts.configure(SslContextBuilder.forClient()
                            .trustManager(serverCert.certificate())).build()).build();
            ManagedChannel plain = NettyChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
            try {
                assertThat(onuCount(trusted)).isEqualTo(2);
                assertThatThrownBy(() -> onuCount(anonymous)).isInstanceOf(StatusRuntimeException.class);
                assertThatThrownBy(() -> onuCount(plain)).isInstanceOf(StatusRuntimeException.class);
            } finally {
                trusted.shutdownNow();
                anonymous.shutdownNow();
                plain.shutdownNow();
            }
        } finally {
            serverCert.delete();
            clientCert.delete();
        }
    }
}
