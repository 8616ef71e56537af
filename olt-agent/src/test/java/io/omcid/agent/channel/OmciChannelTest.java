package io.omcid.agent.channel;

import io.netty.util.HashedWheelTimer;
import io.omcid.agent.southbound.OnuAddress;
import io.omcid.agent.southbound.PonAdapter;
import io.omcid.agent.southbound.PonListener;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.frame.FrameFormat;
import io.omcid.codec.frame.OmciDecoder;
import io.omcid.codec.frame.OmciEncoder;
import io.omcid.codec.message.AlarmBitmap;
import io.omcid.codec.message.AlarmNotification;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.EmptyRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The channel against a PON that only records what it is given; the test plays the ONU. */
class OmciChannelTest {

    private static final OnuAddress ONU = new OnuAddress(0, 1);
    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final HashedWheelTimer timer = new HashedWheelTimer(10, TimeUnit.MILLISECONDS);
    private final RecordingPon pon = new RecordingPon();
    private final List<OmciMessage> autonomous = new CopyOnWriteArrayList<>();
    private final OmciEncoder onuEncoder = new OmciEncoder(FrameFormat.CRC);

    private OmciChannel channel(Duration timeout, int retries) {
        OmciChannel channel = new OmciChannel(ONU, "test onu", new SerialExecutor(pool, "test"), timer, pon,
                new OmciDecoder(), new ChannelSettings(timeout, retries), autonomous::add);
        return channel;
    }

    @AfterEach
    void stop() {
        timer.stop();
        pool.shutdownNow();
    }

    private static OmciMessage get(int classId) {
        return new GetRequest(Header.request(0, MessageType.GET, MessageSet.BASELINE, classId, 0), 0x8000);
    }

    private OmciMessage sent(int index) throws InterruptedException {
        return pon.await(index);
    }

    private void answer(OmciChannel channel, OmciMessage request, int result) {
        channel.onFrame(onuEncoder.encode(new ResultResponse(request.header().toResponse(), result)));
    }

    private void answerGet(OmciChannel channel, OmciMessage request) {
        channel.onFrame(onuEncoder.encode(new io.omcid.codec.message.GetResponse(request.header().toResponse(), 0,
                io.omcid.codec.message.AttributeValues.builder().putUnsigned(1, 1, 7).build(), 0, 0)));
    }

    @Test
    void tcisComeFromTwoSpacesAndEachPriorityHasOneRequestOutstanding() throws Exception {
        OmciChannel channel = channel(Duration.ofSeconds(5), 0);
        CompletableFuture<OmciMessage> first = channel.request(get(256), false);
        CompletableFuture<OmciMessage> second = channel.request(get(257), false);
        CompletableFuture<OmciMessage> urgent = channel.request(get(263), true);

        OmciMessage a = sent(0);
        OmciMessage b = sent(1);
        assertThat(a.tci()).isEqualTo(0x0001);
        assertThat(b.tci()).isEqualTo(0x8000);
        assertThat(b.header().classId()).isEqualTo(263);
        Thread.sleep(50);
        assertThat(pon.frames).as("the second low-priority request waits").hasSize(2);

        answerGet(channel, a);
        assertThat(first.get(1, TimeUnit.SECONDS).header().classId()).isEqualTo(256);
        OmciMessage c = sent(2);
        assertThat(c.tci()).isEqualTo(0x0002);
        assertThat(c.header().classId()).isEqualTo(257);
        answerGet(channel, c);
        answerGet(channel, b);
        assertThat(second.get(1, TimeUnit.SECONDS).tci()).isEqualTo(2);
        assertThat(urgent.get(1, TimeUnit.SECONDS).tci()).isEqualTo(0x8000);
    }

    @Test
    void anUnansweredRequestIsSentAgainThenFails() throws Exception {
        OmciChannel channel = channel(Duration.ofMillis(50), 2);
        CompletableFuture<OmciMessage> reply = channel.request(get(256), false);
        assertThatThrownBy(() -> reply.get(2, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(OmciTimeoutException.class)
                .hasMessage("test onu: get of 256/0 unanswered after 3 attempts (expected: a response within 50 ms)");
        assertThat(pon.frames).hasSize(3);
        assertThat(pon.frames).extracting(OmciMessage::tci).containsOnly(1);
        assertThat(channel.counters().retries()).isEqualTo(2);
        assertThat(channel.counters().timeouts()).isEqualTo(1);

        // the late answer to the expired request is counted and dropped, the next request goes out
        answerGet(channel, sent(0));
        CompletableFuture<OmciMessage> next = channel.request(get(257), false);
        OmciMessage request = sent(3);
        answerGet(channel, request);
        assertThat(next.get(1, TimeUnit.SECONDS).header().classId()).isEqualTo(257);
        assertThat(channel.counters().late()).isEqualTo(1);
    }

    @Test
    void duplicateUnmatchedAndMalformedResponsesAreCountedAndDropped() throws Exception {
        OmciChannel channel = channel(Duration.ofSeconds(5), 0);
        CompletableFuture<OmciMessage> reply = channel.request(get(256), false);
        OmciMessage request = sent(0);
        answerGet(channel, request);
        answerGet(channel, request);
        channel.onFrame(onuEncoder.encode(new ResultResponse(Header.request(0x0777, MessageType.DELETE,
                MessageSet.BASELINE, 268, 1).toResponse(), 0)));
        byte[] bad = onuEncoder.encode(new io.omcid.codec.message.GetResponse(request.header().toResponse(), 0,
                io.omcid.codec.message.AttributeValues.empty(), 0, 0));
        bad[3] = 0x0C;
        channel.onFrame(bad);
        reply.get(1, TimeUnit.SECONDS);
        awaitCounter(() -> channel.counters().malformed());
        assertThat(channel.counters().duplicates()).isEqualTo(1);
        assertThat(channel.counters().unmatched()).isEqualTo(1);
        assertThat(channel.counters().malformed()).isEqualTo(1);
    }

    @Test
    void aResponseOfAnotherTypeDoesNotCompleteTheRequest() throws Exception {
        OmciChannel channel = channel(Duration.ofSeconds(5), 0);
        CompletableFuture<OmciMessage> reply = channel.request(
                new EmptyRequest(Header.request(0, MessageType.MIB_RESET, MessageSet.BASELINE, 2, 0)), false);
        OmciMessage request = sent(0);
        channel.onFrame(onuEncoder.encode(new ResultResponse(Header.request(request.tci(), MessageType.REBOOT,
                MessageSet.BASELINE, 256, 0).toResponse(), 0)));
        Thread.sleep(50);
        assertThat(reply).isNotDone();
        answer(channel, request, 0);
        assertThat(((ResultResponse) reply.get(1, TimeUnit.SECONDS)).result()).isZero();
    }

    @Test
    void autonomousMessagesGoToTheirHandler() throws Exception {
        OmciChannel channel = channel(Duration.ofSeconds(5), 0);
        channel.onFrame(onuEncoder.encode(new AlarmNotification(Header.autonomous(MessageType.ALARM,
                MessageSet.BASELINE, 11, 257), AlarmBitmap.ofAlarms(0), 1)));
        awaitCounter(() -> (long) autonomous.size());
        assertThat(autonomous).singleElement().isInstanceOf(AlarmNotification.class);
    }

    @Test
    void closingFailsWhatIsOutstandingAndQueued() throws Exception {
        OmciChannel channel = channel(Duration.ofSeconds(5), 0);
        CompletableFuture<OmciMessage> first = channel.request(get(256), false);
        CompletableFuture<OmciMessage> second = channel.request(get(257), false);
        sent(0);
        channel.close("ONU lost");
        assertThatThrownBy(() -> first.get(1, TimeUnit.SECONDS)).cause().isInstanceOf(ChannelClosedException.class)
                .hasMessage("test onu: ONU lost");
        assertThatThrownBy(() -> second.get(1, TimeUnit.SECONDS)).cause().isInstanceOf(ChannelClosedException.class);
        assertThatThrownBy(() -> channel.request(get(2), false).get(1, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ChannelClosedException.class);
    }

    private static void awaitCounter(java.util.function.LongSupplier counter) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 2000;
        while (counter.getAsLong() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(5);
        }
    }

    /** A PON that decodes and keeps every frame sent. */
    static final class RecordingPon implements PonAdapter {
        final List<OmciMessage> frames = new CopyOnWriteArrayList<>();
        private final OmciDecoder decoder = new OmciDecoder();

        @Override
        public void start(PonListener listener) {
        }

        @Override
        public void send(OnuAddress address, byte[] frame) {
            frames.add(((DecodeResult.Decoded) decoder.decode(frame)).message());
        }

        OmciMessage await(int index) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 2000;
            while (frames.size() <= index && System.currentTimeMillis() < deadline) {
                Thread.sleep(2);
            }
            return frames.get(index);
        }

        @Override
        public FrameFormat frameFormat() {
            return FrameFormat.CRC;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public void close() {
        }
    }
}
