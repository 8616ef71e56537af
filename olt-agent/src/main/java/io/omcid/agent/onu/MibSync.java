package io.omcid.agent.onu;

import io.omcid.agent.channel.OmciChannel;
import io.omcid.codec.message.AlarmRecord;
import io.omcid.codec.message.CountResponse;
import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.GetAllAlarmsNextResponse;
import io.omcid.codec.message.GetAllAlarmsRequest;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.GetResponse;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.MibUploadNextResponse;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.Result;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.SequenceRequest;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.mib.Mib;
import io.omcid.mib.MibUpload;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The OMCI sequences that bring the OLT's picture of an ONU up to date (G.988 clause I.1): the message set probe,
 * MIB reset, MIB upload with its next commands, reading the sync counter, and Get all alarms with its next commands.
 * Each step runs when the one before has answered; any failure fails the whole sequence.
 */
final class MibSync {

    private static final int ONU_DATA = 2;
    private static final int ONU2_G = 257;

    private MibSync() {
    }

    private static Header header(MessageType type, MessageSet set, int classId, int instance) {
        return Header.request(0, type, set, classId, instance);
    }

    /**
     * The message set to use: extended when ONU2-G's OMCC version announces it (G.988 clause 9.1.2, 0xA0 and up)
     * and an extended Get confirms it, baseline otherwise.
     */
    static CompletableFuture<MessageSet> messageSet(OmciChannel channel) {
        GetRequest omcc = new GetRequest(header(MessageType.GET, MessageSet.BASELINE, ONU2_G, 0), 0x4000);
        return channel.request(omcc, false).thenCompose(response -> {
            GetResponse get = (GetResponse) response;
            if (get.result() != 0 || !get.values().has(2) || get.values().unsigned(2) < 0xA0) {
                return CompletableFuture.completedFuture(MessageSet.BASELINE);
            }
            GetRequest probe = new GetRequest(header(MessageType.GET, MessageSet.EXTENDED, ONU_DATA, 0), 0x8000);
            return channel.request(probe, false).handle((reply, failure) ->
                    failure == null && reply instanceof GetResponse ok && ok.result() == 0
                            ? MessageSet.EXTENDED : MessageSet.BASELINE);
        });
    }

    /** The ONU's MIB data sync counter (ONU data, attribute 1). */
    static CompletableFuture<Integer> readMds(OmciChannel channel, MessageSet set) {
        GetRequest get = new GetRequest(header(MessageType.GET, set, ONU_DATA, 0), 0x8000);
        return channel.request(get, false).thenApply(response -> {
            GetResponse reply = (GetResponse) response;
            check(reply.result(), "get MIB data sync");
            return (int) reply.values().unsigned(1);
        });
    }

    /** MIB reset, then the whole upload; the MIB it gives has counter 0. */
    static CompletableFuture<Mib> resetAndUpload(OmciChannel channel, MessageSet set, MeCatalog catalog) {
        EmptyRequest reset = new EmptyRequest(header(MessageType.MIB_RESET, set, ONU_DATA, 0));
        return channel.request(reset, false)
                .thenCompose(response -> {
                    check(((ResultResponse) response).result(), "MIB reset");
                    return upload(channel, set, catalog);
                });
    }

    /** MIB upload and its next commands, one after the other. */
    static CompletableFuture<Mib> upload(OmciChannel channel, MessageSet set, MeCatalog catalog) {
        EmptyRequest start = new EmptyRequest(header(MessageType.MIB_UPLOAD, set, ONU_DATA, 0));
        return channel.request(start, false).thenCompose(response -> {
            int commands = ((CountResponse) response).commands();
            MibUpload upload = new MibUpload(catalog);
            return next(channel, set, upload, 0, commands).thenApply(done -> upload.build());
        });
    }

    private static CompletableFuture<Void> next(OmciChannel channel, MessageSet set, MibUpload upload, int sequence,
                                                int commands) {
        if (sequence >= commands) {
            return CompletableFuture.completedFuture(null);
        }
        SequenceRequest request = new SequenceRequest(header(MessageType.MIB_UPLOAD_NEXT, set, ONU_DATA, 0), sequence);
        return channel.request(request, false).thenCompose(response -> {
            upload.accept((MibUploadNextResponse) response);
            return next(channel, set, upload, sequence + 1, commands);
        });
    }

    /** Get all alarms and its next commands: every alarmed managed entity with its bitmap. */
    static CompletableFuture<List<AlarmRecord>> alarms(OmciChannel channel, MessageSet set) {
        GetAllAlarmsRequest start = new GetAllAlarmsRequest(header(MessageType.GET_ALL_ALARMS, set, ONU_DATA, 0), 0);
        return channel.request(start, false).thenCompose(response -> {
            int commands = ((CountResponse) response).commands();
            List<AlarmRecord> records = new ArrayList<>();
            return alarmsNext(channel, set, records, 0, commands).thenApply(done -> records);
        });
    }

    private static CompletableFuture<Void> alarmsNext(OmciChannel channel, MessageSet set, List<AlarmRecord> records,
                                                      int sequence, int commands) {
        if (sequence >= commands) {
            return CompletableFuture.completedFuture(null);
        }
        SequenceRequest request = new SequenceRequest(header(MessageType.GET_ALL_ALARMS_NEXT, set, ONU_DATA, 0),
                sequence);
        return channel.request(request, false).thenCompose(response -> {
            for (AlarmRecord record : ((GetAllAlarmsNextResponse) response).records()) {
                if (record.classId() != 0 && !record.bitmap().isClear()) {
                    records.add(record);
                }
            }
            return alarmsNext(channel, set, records, sequence + 1, commands);
        });
    }

    static OmciMessage checked(OmciMessage response, int result, String what) {
        check(result, what);
        return response;
    }

    private static void check(int result, String what) {
        if (result != 0) {
            throw new CompletionException(new IllegalStateException(what + ": " + Result.describe(result)
                    + " (expected: success)"));
        }
    }
}
