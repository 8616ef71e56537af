package io.omcid.agent.api;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.omcid.agent.onu.Onu;
import io.omcid.api.v1.ActiveAlarm;
import io.omcid.api.v1.AlarmEvent;
import io.omcid.api.v1.AlarmServiceGrpc;
import io.omcid.api.v1.ListAlarmsRequest;
import io.omcid.api.v1.ListAlarmsResponse;
import io.omcid.api.v1.WatchAlarmsRequest;
import io.omcid.codec.catalog.MeClass;
import io.omcid.mib.alarm.AlarmHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Alarms: what is active now, and the stream of raises and clears with a resume point. */
final class AlarmApi extends AlarmServiceGrpc.AlarmServiceImplBase {

    private static final int BATCH = 1000;

    private final ApiContext context;

    AlarmApi(ApiContext context) {
        this.context = context;
    }

    @Override
    public void listAlarms(ListAlarmsRequest request, StreamObserver<ListAlarmsResponse> observer) {
        Calls.unary("ListAlarms", observer, () -> {
            List<Onu> onus = request.getSerialNumber().isEmpty() ? context.agent().onus().onus()
                    : List.of(context.onu(request.getSerialNumber()));
            ListAlarmsResponse.Builder out = ListAlarmsResponse.newBuilder();
            for (Onu onu : onus) {
                onu.activeAlarms().join().forEach((key, bitmap) -> {
                    MeClass meClass = context.catalog().find(key.classId());
                    for (int alarm : bitmap.active()) {
                        out.addAlarms(ActiveAlarm.newBuilder().setSerialNumber(onu.serialNumber())
                                .setClassId(key.classId()).setInstance(key.instance())
                                .setClassName(meClass == null ? "" : meClass.name()).setAlarm(alarm));
                    }
                });
            }
            return CompletableFuture.completedFuture(out.build());
        });
    }

    @Override
    public void watchAlarms(WatchAlarmsRequest request, StreamObserver<AlarmEvent> observer) {
        String serial = request.getSerialNumber();
        if (!serial.isEmpty()) {
            try {
                serial = context.onu(serial).serialNumber();
            } catch (RuntimeException e) {
                Calls.fail("WatchAlarms", observer, e);
                return;
            }
        }
        new AlarmStream((ServerCallStreamObserver<AlarmEvent>) observer, context.agent().alarmHistory(),
                request.getAfterEventId(), serial).start(context.events());
    }

    /** One watcher: sends what the history holds after its last id whenever new events arrive. */
    private static final class AlarmStream {
        private final ServerCallStreamObserver<AlarmEvent> call;
        private final AlarmHistory history;
        private final String serial;
        private long lastSent;
        private boolean first = true;

        AlarmStream(ServerCallStreamObserver<AlarmEvent> call, AlarmHistory history, long after, String serial) {
            this.call = call;
            this.history = history;
            this.lastSent = after;
            this.serial = serial;
        }

        void start(EventHub events) {
            Runnable stop = events.watchAlarms(this::drain);
            call.setOnCancelHandler(stop::run);
            call.setOnReadyHandler(this::drain);
            drain();
        }

        private synchronized void drain() {
            while (!call.isCancelled() && call.isReady()) {
                List<io.omcid.mib.alarm.AlarmEvent> events = history.since(lastSent, BATCH);
                if (events.isEmpty()) {
                    return;
                }
                boolean truncated = first && events.get(0).id() > lastSent + 1;
                first = false;
                List<AlarmEvent> out = new ArrayList<>(events.size());
                for (io.omcid.mib.alarm.AlarmEvent event : events) {
                    lastSent = event.id();
                    if (!serial.isEmpty() && !serial.equals(event.onu())) {
                        continue;
                    }
                    out.add(AlarmEvent.newBuilder().setEventId(event.id()).setTime(Views.timestamp(event.time()))
                            .setSerialNumber(event.onu()).setClassId(event.classId()).setInstance(event.instance())
                            .setAlarm(event.alarm()).setRaised(event.raised())
                            .setHistoryTruncated(truncated && out.isEmpty()).build());
                }
                out.forEach(call::onNext);
            }
        }
    }
}
