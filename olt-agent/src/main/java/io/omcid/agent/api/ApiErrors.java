package io.omcid.agent.api;

import com.google.protobuf.Any;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.omcid.agent.channel.ChannelClosedException;
import io.omcid.agent.channel.OmciTimeoutException;
import io.omcid.agent.provisioning.ProvisioningException;
import io.omcid.api.v1.OmciError;
import io.omcid.api.v1.OmciResult;
import io.omcid.codec.message.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place where failures become gRPC statuses: bad requests INVALID_ARGUMENT, unknown things NOT_FOUND, ONUs
 * not ready FAILED_PRECONDITION, silence DEADLINE_EXCEEDED, lost ONUs UNAVAILABLE, and OMCI results by their
 * meaning, with an {@link OmciError} in the details. Each failed call is logged once, at the level its cause
 * deserves: our faults at ERROR, misbehaving ONUs at WARN, callers' mistakes at INFO.
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger("io.omcid.agent.api.calls");

    private ApiErrors() {
    }

    static StatusRuntimeException invalid(String message) {
        return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
    }

    static StatusRuntimeException notFound(String message) {
        return Status.NOT_FOUND.withDescription(message).asRuntimeException();
    }

    static StatusRuntimeException notReady(String message) {
        return Status.FAILED_PRECONDITION.withDescription(message).asRuntimeException();
    }

    static OmciResult result(int result, int unsupported, int failed) {
        return OmciResult.newBuilder().setResult(result).setResultName(Result.describe(result))
                .setUnsupportedMask(unsupported).setFailedMask(failed).build();
    }

    /** The status of an OMCI result other than success. */
    static Status.Code code(int result) {
        return switch (result) {
            case 2 -> Status.Code.UNIMPLEMENTED;
            case 4, 5 -> Status.Code.NOT_FOUND;
            case 6 -> Status.Code.UNAVAILABLE;
            case 7 -> Status.Code.ALREADY_EXISTS;
            default -> Status.Code.FAILED_PRECONDITION;
        };
    }

    /** An ONU's refusal, with what was being done. */
    static StatusRuntimeException refused(String serial, String step, int classId, int instance, OmciResult result) {
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder().setCode(code(result.getResult()).value())
                .setMessage(serial + ": " + step + ": " + result.getResultName() + " (expected: success)")
                .addDetails(Any.pack(OmciError.newBuilder().setSerialNumber(serial).setStep(step).setClassId(classId)
                        .setInstance(instance).setResult(result).build()))
                .build();
        return StatusProto.toStatusRuntimeException(status);
    }

    /** Any failure as the status a client gets. */
    static StatusRuntimeException of(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof StatusRuntimeException status) {
            return status;
        }
        if (cause instanceof OmciTimeoutException) {
            return Status.DEADLINE_EXCEEDED.withDescription(cause.getMessage()).asRuntimeException();
        }
        if (cause instanceof ChannelClosedException) {
            return Status.UNAVAILABLE.withDescription(cause.getMessage()).asRuntimeException();
        }
        if (cause instanceof ProvisioningException p) {
            return switch (p.kind()) {
                case INVALID -> invalid(p.getMessage());
                case NOT_FOUND -> notFound(p.getMessage());
                case NOT_READY, CONFLICT -> notReady(p.getMessage());
                case CANCELLED -> Status.CANCELLED.withDescription(p.getMessage()).asRuntimeException();
                case REFUSED -> refused(p.getMessage().split(":", 2)[0], p.step(), p.entity().classId(),
                        p.entity().instance(), result(p.result(), p.unsupportedMask(), p.failedMask()));
            };
        }
        if (cause instanceof IllegalArgumentException) {
            return invalid(cause.getMessage());
        }
        LOG.error("call failed: {}", cause.toString(), cause);
        return Status.INTERNAL.withDescription("internal error: " + cause).asRuntimeException();
    }

    /** Logs a failed call once. */
    static void log(String method, StatusRuntimeException error) {
        Status.Code code = error.getStatus().getCode();
        switch (code) {
            case INTERNAL -> LOG.error("{} failed: {}", method, error.getStatus());
            case DEADLINE_EXCEEDED, UNAVAILABLE, FAILED_PRECONDITION, ALREADY_EXISTS, UNIMPLEMENTED ->
                    LOG.warn("{} failed: {} {}", method, code, error.getStatus().getDescription());
            default -> LOG.info("{} failed: {} {}", method, code, error.getStatus().getDescription());
        }
    }
}
