package io.omcid.agent.cli;

import com.google.protobuf.MessageOrBuilder;
import com.google.protobuf.util.JsonFormat;
import io.grpc.ManagedChannel;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.netty.handler.ssl.SslContextBuilder;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What every client command shares: where the daemon is, how to reach it, how to print. */
final class ClientOptions {

    @Option(names = "--target", paramLabel = "HOST:PORT", defaultValue = "localhost:50061",
            description = "the daemon's gRPC API (default: ${DEFAULT-VALUE})")
    String target;

    @Option(names = "--json", description = "print JSON (one object per line) instead of tables")
    boolean json;

    @Option(names = "--tls", description = "connect with TLS")
    boolean tls;

    @Option(names = "--ca", paramLabel = "PEM", description = "CA that signed the daemon's certificate")
    Path ca;

    @Option(names = "--cert", paramLabel = "PEM", description = "client certificate, for mutual TLS")
    Path cert;

    @Option(names = "--key", paramLabel = "PEM", description = "client private key (PKCS#8), for mutual TLS")
    Path key;

    @Option(names = "--timeout-s", paramLabel = "S", defaultValue = "30", description = "call deadline (default: 30)")
    long timeoutSeconds;

    ManagedChannel channel() throws Exception {
        int colon = target.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("target: " + target + " (expected: host:port)");
        }
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(target.substring(0, colon),
                Integer.parseInt(target.substring(colon + 1)));
        if (tls || ca != null || cert != null) {
            SslContextBuilder ssl = GrpcSslContexts.forClient();
            if (ca != null) {
                ssl.trustManager(ca.toFile());
            }
            if (cert != null && key != null) {
                ssl.keyManager(cert.toFile(), key.toFile());
            }
            builder.sslContext(ssl.build());
        } else {
            builder.usePlaintext();
        }
        return builder.build();
    }

    <T extends io.grpc.stub.AbstractStub<T>> T deadline(T stub) {
        return stub.withDeadlineAfter(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** Work done over a channel to the daemon. */
    @FunctionalInterface
    interface Work {
        void run(ManagedChannel channel) throws Exception;
    }

    /** Opens a channel, does the work, closes the channel; exit code 0. */
    int run(Work work) throws Exception {
        ManagedChannel channel = channel();
        try {
            work.run(channel);
            return 0;
        } finally {
            close(channel);
        }
    }

    static void close(ManagedChannel channel) throws InterruptedException {
        channel.shutdown().awaitTermination(5, TimeUnit.SECONDS);
    }

    void printJson(PrintStream out, MessageOrBuilder message) throws Exception {
        out.println(JsonFormat.printer().omittingInsignificantWhitespace().print(message));
    }
}
