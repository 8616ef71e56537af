package io.omcid.agent.channel;

import io.netty.util.Timeout;
import io.netty.util.Timer;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.Messages;
import io.omcid.codec.message.OmciMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The OMCI channel of one ONU (G.988 clause 11.2.1): requests get TCIs from a low-priority (0x0001-0x7FFF) and a
 * high-priority (0x8000-0xFFFF) space; each priority has at most one request outstanding, the others wait in
 * order; a request without response is sent again after the timeout, and fails after its retries. Responses are
 * matched by TCI and message type; late, duplicate and unmatched ones are counted and dropped; alarms, attribute
 * value changes and test results go to the autonomous handler.
 *
 * <p>Its state changes only on the ONU's executor; {@link #request} and {@link #onFrame} may be called from any
 * thread. Futures complete on the ONU's executor.
 */
public final class OmciChannel {

    private static final Logger LOG = LoggerFactory.getLogger(OmciChannel.class);
    private static final int REMEMBERED = 64;

    private final OnuAddress address;
    private final String onu;
    private final Executor executor;
    private final Timer timer;
    private final PonAdapter adapter;
    private final OmciEncoder encoder;
    private final OmciDecoder decoder;
    private final ChannelSettings settings;
    private final Consumer<OmciMessage> autonomous;
    private final ChannelCounters counters = new ChannelCounters();
    private final Lane low = new Lane(0x0001, 0x7FFF);
    private final Lane high = new Lane(0x8000, 0xFFFF);
    private volatile MessageSet messageSet = MessageSet.BASELINE;
    private boolean closed;

    public OmciChannel(OnuAddress address, String onu, Executor executor, Timer timer, PonAdapter adapter,
                       OmciDecoder decoder, ChannelSettings settings, Consumer<OmciMessage> autonomous) {
        this.address = address;
        this.onu = onu;
        this.executor = executor;
        this.timer = timer;
        this.adapter = adapter;
        this.encoder = new OmciEncoder(adapter.frameFormat());
        this.decoder = decoder;
        this.settings = settings;
        this.autonomous = autonomous;
    }

    public ChannelCounters counters() {
        return counters;
    }

    /** The message set requests use when their header does not say. */
    public MessageSet messageSet() {
        return messageSet;
    }

    public void messageSet(MessageSet set) {
        this.messageSet = set;
    }

    /**
     * Sends a request and completes with the ONU's response, whatever its result; fails with
     * {@link OmciTimeoutException} after the last retry, or {@link ChannelClosedException}. The request's TCI is
     * replaced by one from the chosen priority's space.
     */
    public CompletableFuture<OmciMessage> request(OmciMessage request, boolean highPriority) {
        CompletableFuture<OmciMessage> done = new CompletableFuture<>();
        executor.execute(() -> enqueue(new Transaction(request, done), highPriority ? high : low));
        return done;
    }

    /** A frame from the ONU, as the PON adapter delivered it. */
    public void onFrame(byte[] frame) {
        executor.execute(() -> receive(frame));
    }

    /** Fails everything outstanding and queued, and refuses new requests until {@link #reopen}. */
    public void close(String reason) {
        executor.execute(() -> {
            closed = true;
            low.failAll(reason);
            high.failAll(reason);
        });
    }

    public void reopen() {
        executor.execute(() -> closed = false);
    }

    private void enqueue(Transaction tx, Lane lane) {
        if (closed) {
            tx.done.completeExceptionally(new ChannelClosedException(onu + ": channel closed (expected: an ONU "
                    + "that is up)"));
            return;
        }
        lane.queue.add(tx);
        lane.next();
    }

    private void receive(byte[] frame) {
        DecodeResult result = decoder.decode(frame);
        if (result instanceof DecodeResult.Failure failure) {
            counters.malformed.incrementAndGet();
            LOG.warn("{}: malformed frame dropped: {} [{}]", onu, failure.reason(), HexFormat.of().formatHex(frame));
            return;
        }
        OmciMessage message = ((DecodeResult.Decoded) result).message();
        Header header = message.header();
        if (header.type().isAutonomous()) {
            counters.autonomous.incrementAndGet();
            autonomous.accept(message);
            return;
        }
        if (!header.ak()) {
            counters.unmatched.incrementAndGet();
            LOG.warn("{}: request from the ONU dropped: {} tci {}", onu, header.type(), header.tci());
            return;
        }
        (header.isHighPriority() ? high : low).respond(message);
    }

    /** One request and its attempts. */
    private final class Transaction {
        final OmciMessage template;
        final CompletableFuture<OmciMessage> done;
        OmciMessage request;
        byte[] frame;
        int attempts;
        Timeout timeout;

        Transaction(OmciMessage template, CompletableFuture<OmciMessage> done) {
            this.template = template;
            this.done = done;
        }
    }

    /** One priority: its TCI space, its outstanding request and its queue. */
    private final class Lane {
        final int first;
        final int last;
        final ArrayDeque<Transaction> queue = new ArrayDeque<>();
        /** The last TCIs that finished, with whether they were answered (late answers) or expired. */
        final int[] recentTci = new int[REMEMBERED];
        final boolean[] recentAnswered = new boolean[REMEMBERED];
        int recentNext;
        Transaction outstanding;
        int nextTci;

        Lane(int first, int last) {
            this.first = first;
            this.last = last;
            this.nextTci = first;
        }

        void next() {
            while (outstanding == null && !queue.isEmpty()) {
                Transaction tx = queue.poll();
                if (tx.done.isDone()) {
                    continue;
                }
                int tci = nextTci;
                nextTci = nextTci >= last ? first : nextTci + 1;
                tx.request = withTci(tx.template, tci);
                try {
                    tx.frame = encoder.encode(tx.request);
                } catch (IllegalArgumentException e) {
                    tx.done.completeExceptionally(e);
                    continue;
                }
                outstanding = tx;
                counters.requests.incrementAndGet();
                send(tx);
            }
        }

        void send(Transaction tx) {
            tx.attempts++;
            adapter.send(address, tx.frame);
            int attempt = tx.attempts;
            tx.timeout = timer.newTimeout(t -> executor.execute(() -> expire(tx, attempt)),
                    settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        }

        void expire(Transaction tx, int attempt) {
            if (outstanding != tx || tx.attempts != attempt) {
                return;
            }
            if (tx.attempts <= settings.retries()) {
                counters.retries.incrementAndGet();
                LOG.debug("{}: {} tci {} unanswered, attempt {}", onu, tx.request.type(), tx.request.tci(),
                        tx.attempts + 1);
                send(tx);
                return;
            }
            counters.timeouts.incrementAndGet();
            remember(tx.request.tci(), false);
            outstanding = null;
            tx.done.completeExceptionally(new OmciTimeoutException(onu + ": " + tx.request.type() + " of "
                    + tx.request.header().classId() + "/" + tx.request.header().instance() + " unanswered after "
                    + tx.attempts + " attempts (expected: a response within " + settings.timeout().toMillis()
                    + " ms)"));
            next();
        }

        void respond(OmciMessage response) {
            Transaction tx = outstanding;
            int tci = response.tci();
            if (tx != null && tx.request.tci() == tci && tx.request.type() == response.type()) {
                tx.timeout.cancel();
                outstanding = null;
                remember(tci, true);
                counters.responses.incrementAndGet();
                tx.done.complete(response);
                next();
                return;
            }
            Boolean answered = recalled(tci);
            if (answered == null) {
                counters.unmatched.incrementAndGet();
                LOG.debug("{}: unmatched {} response tci {} dropped", onu, response.type(), tci);
            } else if (answered) {
                counters.duplicates.incrementAndGet();
            } else {
                counters.late.incrementAndGet();
                LOG.debug("{}: late {} response tci {} dropped", onu, response.type(), tci);
            }
        }

        void remember(int tci, boolean answered) {
            recentTci[recentNext] = tci;
            recentAnswered[recentNext] = answered;
            recentNext = (recentNext + 1) % REMEMBERED;
        }

        Boolean recalled(int tci) {
            for (int i = 0; i < REMEMBERED; i++) {
                if (recentTci[i] == tci) {
                    return recentAnswered[i];
                }
            }
            return null;
        }

        void failAll(String reason) {
            ChannelClosedException closed = new ChannelClosedException(onu + ": " + reason);
            if (outstanding != null) {
                outstanding.timeout.cancel();
                outstanding.done.completeExceptionally(closed);
                outstanding = null;
            }
            for (Transaction tx = queue.poll(); tx != null; tx = queue.poll()) {
                tx.done.completeExceptionally(closed);
            }
        }
    }

    private static OmciMessage withTci(OmciMessage message, int tci) {
        return Messages.withHeader(message, message.header().withTci(tci));
    }
}
