package io.omcid.agent.sim;

import io.omcid.agent.southbound.OnuAddress;
import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.ActivateSoftwareRequest;
import io.omcid.codec.message.AlarmBitmap;
import io.omcid.codec.message.AlarmNotification;
import io.omcid.codec.message.AlarmRecord;
import io.omcid.codec.message.AttributeValueChange;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CountResponse;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.CreateResponse;
import io.omcid.codec.message.DownloadSectionRequest;
import io.omcid.codec.message.DownloadSectionResponse;
import io.omcid.codec.message.EndSoftwareDownloadRequest;
import io.omcid.codec.message.EndSoftwareDownloadResponse;
import io.omcid.codec.message.GetAllAlarmsNextResponse;
import io.omcid.codec.message.GetAllAlarmsRequest;
import io.omcid.codec.message.GetNextRequest;
import io.omcid.codec.message.GetNextResponse;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.GetResponse;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.InstanceResult;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.MibUploadNextResponse;
import io.omcid.codec.message.MibUploadRecord;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.RebootRequest;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.SequenceRequest;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetResponse;
import io.omcid.codec.message.SetTableRequest;
import io.omcid.codec.message.StartSoftwareDownloadRequest;
import io.omcid.codec.message.StartSoftwareDownloadResponse;
import io.omcid.codec.message.SynchronizeTimeRequest;
import io.omcid.codec.message.SynchronizeTimeResponse;
import io.omcid.codec.message.TestRequest;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import io.omcid.mib.model.MibFactory;
import io.omcid.mib.model.OnuModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A simulated ONU: the ONU side of OMCI (G.988 clause 11 and annexes A and C), answering every request from its own
 * MIB, with G.988's error results where a real ONU gives them (unknown managed entity, unknown instance, instance
 * exists, parameter error, attributes failed with their masks, command not supported), its own MIB data sync
 * counter, alarms with sequence numbers, and attribute value changes. Thread-safe.
 */
public final class SimulatedOnu {

    private static final int BASELINE_GET_VALUES = 25;

    private final OnuAddress address;
    private final OnuModel model;
    private final long serial;
    private final MeCatalog catalog;
    private final MibFactory factory;
    private final Mib factoryMib;
    private final Map<MessageSet, List<List<MibUploadRecord>>> factoryUploads = new EnumMap<>(MessageSet.class);
    private Mib mib;
    private boolean changedSinceReset;
    private final TreeMap<MeKey, AlarmBitmap> alarms = new TreeMap<>();
    private int alarmSequence;
    private List<List<MibUploadRecord>> upload = List.of();
    private List<AlarmRecord> alarmSnapshot = List.of();

    public SimulatedOnu(OnuAddress address, OnuModel model, long serial, MeCatalog catalog) {
        this.address = address;
        this.model = model;
        this.serial = serial;
        this.catalog = catalog;
        this.factory = new MibFactory(catalog);
        // the factory MIB and its uploads are made once: a MIB reset and the upload that follows reuse them
        this.factoryMib = factory.build(model, serial);
        this.mib = factoryMib.copy();
        cutFactoryUploads();
    }

    public OnuAddress address() {
        return address;
    }

    public OnuModel model() {
        return model;
    }

    /** The serial number as 12 characters: vendor id and 8 hex digits. */
    public String serialNumber() {
        return model.vendorId() + String.format("%08X", serial & 0xFFFFFFFFL);
    }

    /** A copy of the ONU's own MIB. */
    public synchronized Mib mib() {
        return mib.copy();
    }

    public synchronized int mds() {
        return mib.mds();
    }

    /** A reboot: the MIB survives if the ONU keeps it in flash, else it is the factory one again. */
    public synchronized void reboot(boolean keepMib) {
        if (!keepMib) {
            mib = factoryMib.copy();
            changedSinceReset = false;
        }
        alarms.clear();
        alarmSequence = 0;
        upload = List.of();
    }

    /** Raises or clears one alarm and gives the notification the ONU sends (G.988 A.3.16). */
    public synchronized AlarmNotification alarm(MeKey key, int alarm, boolean raised, MessageSet set) {
        AlarmBitmap bitmap = alarms.getOrDefault(key, AlarmBitmap.clear()).with(alarm, raised);
        if (bitmap.isClear()) {
            alarms.remove(key);
        } else {
            alarms.put(key, bitmap);
        }
        alarmSequence = alarmSequence >= 255 ? 1 : alarmSequence + 1;
        return new AlarmNotification(Header.autonomous(MessageType.ALARM, set, key.classId(), key.instance()),
                bitmap, alarmSequence);
    }

    /** The alarm sequence number of the last notification; an ONU that skips some is simulated by raising it. */
    public synchronized void skipAlarmSequence(int skipped) {
        alarmSequence = (alarmSequence + skipped - 1) % 255 + 1;
    }

    public synchronized Map<MeKey, AlarmBitmap> activeAlarms() {
        return new TreeMap<>(alarms);
    }

    /**
     * Makes attributes part of the ONU as it comes from the factory, kept through MIB resets: a vendor's own
     * attributes, for one.
     */
    public synchronized void customise(MeKey key, AttributeValues values) {
        factoryMib.applyAttributeValueChange(key, values);
        mib.applyAttributeValueChange(key, values);
        cutFactoryUploads();
    }

    private void cutFactoryUploads() {
        factoryUploads.put(MessageSet.BASELINE, UploadPieces.of(factoryMib, MessageSet.BASELINE, catalog));
        if (model.extended()) {
            factoryUploads.put(MessageSet.EXTENDED, UploadPieces.of(factoryMib, MessageSet.EXTENDED, catalog));
        }
    }

    /** Changes attributes on the ONU's own initiative and gives the attribute value change it reports. */
    public synchronized AttributeValueChange change(MeKey key, AttributeValues values, MessageSet set) {
        mib.applyAttributeValueChange(key, values);
        changedSinceReset = true;
        return new AttributeValueChange(Header.autonomous(MessageType.ATTRIBUTE_VALUE_CHANGE, set, key.classId(),
                key.instance()), values);
    }

    /**
     * Makes the ONU refuse the next request of this type on this class with {@code result}, as a real ONU refuses
     * what it cannot do; for tests of what the daemon does then.
     */
    public synchronized void refuseNext(int classId, MessageType type, int result) {
        refusal = new int[] {classId, type.code(), result};
    }

    private int[] refusal;

    /** The last request and response of each priority, to answer a retransmission without acting twice. */
    private final OmciMessage[] lastRequest = new OmciMessage[2];
    private final OmciMessage[] lastResponse = new OmciMessage[2];

    /**
     * The response to a request, or null where the ONU gives none (an extended request to a baseline ONU). A request
     * repeated with the TCI of the last one is a retransmission: it gets the same response and is not carried out
     * again (G.988 clause 11.2.1), so a Create retried after a lost response does not fail with "instance exists".
     */
    public synchronized OmciMessage respond(OmciMessage request) {
        int lane = request.header().isHighPriority() ? 1 : 0;
        if (request.equals(lastRequest[lane]) && lastResponse[lane] != null) {
            return lastResponse[lane];
        }
        OmciMessage response = carryOut(request);
        lastRequest[lane] = request;
        lastResponse[lane] = response;
        return response;
    }

    private OmciMessage carryOut(OmciMessage request) {
        Header header = request.header();
        if (header.set() == MessageSet.EXTENDED && !model.extended()) {
            return null;
        }
        if (refusal != null && refusal[0] == header.classId() && refusal[1] == header.type().code()) {
            int result = refusal[2];
            refusal = null;
            return refused(request, header.toResponse(), result);
        }
        Header reply = header.toResponse();
        MeClass meClass = catalog.find(header.classId());
        MeKey key = MeKey.of(header.classId(), header.instance());
        boolean exists = mib.contains(key);

        return switch (header.type()) {
            case CREATE -> create((CreateRequest) request, reply, meClass, key, exists);
            case DELETE -> new ResultResponse(reply, meClass == null ? 4 : !meClass.supports(MessageType.DELETE) ? 2
                    : !exists ? 5 : delete(key));
            case SET -> set((SetRequest) request, reply, meClass, key, exists);
            case GET, GET_CURRENT_DATA -> get(((GetRequest) request).mask(), reply, meClass, key, exists);
            case GET_ALL_ALARMS -> getAllAlarms((GetAllAlarmsRequest) request, reply);
            case GET_ALL_ALARMS_NEXT -> getAllAlarmsNext((SequenceRequest) request, reply);
            case MIB_UPLOAD -> new CountResponse(reply, snapshotUpload(header.set()));
            case MIB_UPLOAD_NEXT -> uploadNext((SequenceRequest) request, reply);
            case MIB_RESET -> {
                mib = factoryMib.copy();
                changedSinceReset = false;
                yield new ResultResponse(reply, 0);
            }
            case TEST -> testResponse((TestRequest) request, reply);
            case REBOOT -> new ResultResponse(reply, ((RebootRequest) request).condition() <= 3 ? 0 : 3);
            case SYNCHRONIZE_TIME -> synchronize((SynchronizeTimeRequest) request, reply);
            case START_SOFTWARE_DOWNLOAD -> new StartSoftwareDownloadResponse(reply, 0,
                    ((StartSoftwareDownloadRequest) request).windowSize(), List.of(new InstanceResult(header.instance(),
                            0)));
            case DOWNLOAD_SECTION -> request.header().ar() ? new DownloadSectionResponse(reply, 0,
                    ((DownloadSectionRequest) request).sectionNumber()) : null;
            case END_SOFTWARE_DOWNLOAD -> new EndSoftwareDownloadResponse(reply, 0,
                    ((EndSoftwareDownloadRequest) request).imageInstances().stream()
                            .map(instance -> new InstanceResult(instance, 0)).toList());
            case ACTIVATE_SOFTWARE -> new ResultResponse(reply, ((ActivateSoftwareRequest) request).flags() <= 2
                    ? 0 : 3);
            case COMMIT_SOFTWARE -> new ResultResponse(reply, 0);
            case GET_NEXT -> getNext((GetNextRequest) request, reply, meClass, exists);
            case SET_TABLE -> setTable((SetTableRequest) request, reply, meClass, exists);
            case ALARM, ATTRIBUTE_VALUE_CHANGE, TEST_RESULT -> null;
        };
    }

    private OmciMessage create(CreateRequest request, Header reply, MeClass meClass, MeKey key, boolean exists) {
        if (meClass == null) {
            return new CreateResponse(reply, 4, 0);
        }
        if (!meClass.supports(MessageType.CREATE)) {
            return new CreateResponse(reply, 2, 0);
        }
        if (exists) {
            return new CreateResponse(reply, 7, 0);
        }
        int missing = meClass.setByCreateMask() & ~request.values().knownMask();
        if (missing != 0) {
            return new CreateResponse(reply, 3, missing);
        }
        mib.create(key, request.values());
        changedSinceReset = true;
        return new CreateResponse(reply, 0, 0);
    }

    private int delete(MeKey key) {
        mib.delete(key);
        changedSinceReset = true;
        return 0;
    }

    private OmciMessage set(SetRequest request, Header reply, MeClass meClass, MeKey key, boolean exists) {
        if (meClass == null) {
            return new SetResponse(reply, 4, 0, 0);
        }
        if (!exists) {
            return new SetResponse(reply, 5, 0, 0);
        }
        AttributeValues values = request.values();
        int unsupported = values.unknownMask();
        int failed = 0;
        AttributeValues.Builder accepted = AttributeValues.builder();
        for (int index = 1; index <= 16; index++) {
            if (!values.has(index)) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            if (def == null) {
                unsupported |= AttributeDef.maskBit(index);
            } else if (!def.writable()) {
                failed |= AttributeDef.maskBit(index);
            } else {
                accepted.put(index, values.bytes(index));
            }
        }
        AttributeValues good = accepted.build();
        if (good.knownMask() != 0) {
            mib.set(key, good);
            changedSinceReset = true;
        }
        return unsupported == 0 && failed == 0 ? new SetResponse(reply, 0, 0, 0)
                : new SetResponse(reply, 9, unsupported, failed);
    }

    private OmciMessage get(int mask, Header reply, MeClass meClass, MeKey key, boolean exists) {
        if (meClass == null) {
            return new GetResponse(reply, 4, AttributeValues.empty(), 0, 0);
        }
        if (!exists) {
            return new GetResponse(reply, 5, AttributeValues.empty(), 0, 0);
        }
        AttributeValues held = mib.get(key);
        int room = reply.set() == MessageSet.BASELINE ? BASELINE_GET_VALUES : 1966 - 7;
        int unsupported = 0;
        int failed = 0;
        AttributeValues.Builder out = AttributeValues.builder();
        for (int index = 1; index <= 16; index++) {
            int bit = AttributeDef.maskBit(index);
            if ((mask & bit) == 0) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            if (def == null) {
                unsupported |= bit;
                continue;
            }
            byte[] value = def.table() ? new byte[4] : held.has(index) ? held.bytes(index) : new byte[def.size()];
            if (!def.readable() || value.length > room) {
                failed |= bit;
                continue;
            }
            out.put(index, value);
            room -= value.length;
        }
        int result = unsupported == 0 && failed == 0 ? 0 : 9;
        return new GetResponse(reply, result, out.build(), unsupported, failed);
    }

    private OmciMessage getAllAlarms(GetAllAlarmsRequest request, Header reply) {
        List<AlarmRecord> records = new ArrayList<>();
        alarms.forEach((key, bitmap) -> records.add(new AlarmRecord(key.classId(), key.instance(), bitmap)));
        alarmSnapshot = records;
        // G.988 A.2.11: the get all alarms command resets the alarm sequence number
        alarmSequence = 0;
        return new CountResponse(reply, records.size());
    }

    private OmciMessage getAllAlarmsNext(SequenceRequest request, Header reply) {
        int sequence = request.sequence();
        if (sequence >= alarmSnapshot.size()) {
            return new GetAllAlarmsNextResponse(reply, List.of(new AlarmRecord(0, 0, AlarmBitmap.clear())));
        }
        return new GetAllAlarmsNextResponse(reply, List.of(alarmSnapshot.get(sequence)));
    }

    private int snapshotUpload(MessageSet set) {
        if (changedSinceReset || mib.mds() != factoryMib.mds()) {
            upload = UploadPieces.of(mib, set, catalog);
        } else {
            upload = factoryUploads.getOrDefault(set, List.of());
        }
        return upload.size();
    }

    private OmciMessage uploadNext(SequenceRequest request, Header reply) {
        if (request.sequence() >= upload.size()) {
            return new MibUploadNextResponse(reply, List.of(new MibUploadRecord(2, 0, AttributeValues.empty())));
        }
        return new MibUploadNextResponse(reply, upload.get(request.sequence()));
    }

    private OmciMessage testResponse(TestRequest request, Header reply) {
        return new ResultResponse(reply, 0);
    }

    private OmciMessage synchronize(SynchronizeTimeRequest request, Header reply) {
        return new SynchronizeTimeResponse(reply, 0, 0);
    }

    private OmciMessage getNext(GetNextRequest request, Header reply, MeClass meClass, boolean exists) {
        if (meClass == null) {
            return new GetNextResponse(reply, 4, AttributeValues.empty());
        }
        if (!exists) {
            return new GetNextResponse(reply, 5, AttributeValues.empty());
        }
        // tables are kept empty by the simulator: any piece asked for lies beyond their end
        return new GetNextResponse(reply, 3, AttributeValues.empty());
    }

    private OmciMessage setTable(SetTableRequest request, Header reply, MeClass meClass, boolean exists) {
        return new ResultResponse(reply, meClass == null ? 4 : !exists ? 5 : 0);
    }

    private static OmciMessage refused(OmciMessage request, Header reply, int result) {
        return switch (request.type()) {
            case CREATE -> new CreateResponse(reply, result, 0);
            case SET -> new SetResponse(reply, result, 0, result == 9 ? ((SetRequest) request).values().mask() : 0);
            case GET, GET_CURRENT_DATA -> new GetResponse(reply, result, AttributeValues.empty(), 0, 0);
            default -> new ResultResponse(reply, result);
        };
    }

    @Override
    public String toString() {
        return address + " " + serialNumber();
    }
}
