package io.omcid.agent.api;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Finishing unary calls from futures, with failures mapped and logged. */
final class Calls {

    private Calls() {
    }

    static <T> void unary(String method, StreamObserver<T> observer, Supplier<CompletableFuture<T>> work) {
        CompletableFuture<T> future;
        try {
            future = work.get();
        } catch (RuntimeException e) {
            fail(method, observer, e);
            return;
        }
        future.whenComplete((value, failure) -> {
            if (failure != null) {
                fail(method, observer, failure);
                return;
            }
            if (observer instanceof ServerCallStreamObserver<T> call && call.isCancelled()) {
                return;
            }
            observer.onNext(value);
            observer.onCompleted();
        });
    }

    static <T> void fail(String method, StreamObserver<T> observer, Throwable failure) {
        StatusRuntimeException error = ApiErrors.of(failure);
        ApiErrors.log(method, error);
        if (observer instanceof ServerCallStreamObserver<T> call && call.isCancelled()) {
            return;
        }
        observer.onError(error);
    }
}
