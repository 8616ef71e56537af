package io.omcid.agent.api;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContextBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC server: the API's services, the standard health service and server reflection (so grpcurl works), on
 * a configurable port, in plain text or TLS, mutual TLS when a client CA is given.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Server server;
    private final HealthStatusManager health = new HealthStatusManager();

    /** TLS settings: certificate chain and key of the server, and the CA of clients (null for no client auth). */
    public record Tls(Path certificate, Path key, Path clientCa) {
    }

    public ApiServer(ApiContext context, String host, int port, Tls tls) throws IOException {
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(host, port));
        if (tls != null) {
            SslContextBuilder ssl = GrpcSslContexts.configure(SslContextBuilder.forServer(tls.certificate().toFile(),
                    tls.key().toFile()));
            if (tls.clientCa() != null) {
                ssl.trustManager(tls.clientCa().toFile()).clientAuth(ClientAuth.REQUIRE);
            }
            builder.sslContext(ssl.build());
        }
        for (BindableService service : services(context)) {
            builder.addService(service);
        }
        builder.addService(health.getHealthService()).addService(ProtoReflectionServiceV1.newInstance());
        this.server = builder.build().start();
        LOG.info("gRPC API on {}:{}{}", host, server.getPort(), tls == null ? "" : tls.clientCa() == null ? " (TLS)"
                : " (mutual TLS)");
    }

    /** The API's own services, for this server and for in-process ones. */
    public static List<BindableService> services(ApiContext context) {
        return List.of(new OnuApi(context), new EntityApi(context), new ProvisioningApi(context),
                new AlarmApi(context), new SimulatorApi(context), new CaptureApi(context));
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        health.enterTerminalState();
        server.shutdown();
        try {
            if (!server.awaitTermination(5, TimeUnit.SECONDS)) {
                server.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.shutdownNow();
        }
    }
}
