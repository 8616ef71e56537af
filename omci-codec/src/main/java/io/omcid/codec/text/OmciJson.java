package io.omcid.codec.text;

import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.message.ActivateSoftwareRequest;
import io.omcid.codec.message.AlarmNotification;
import io.omcid.codec.message.AlarmRecord;
import io.omcid.codec.message.AttributeValueChange;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CountResponse;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.CreateResponse;
import io.omcid.codec.message.DownloadSectionRequest;
import io.omcid.codec.message.DownloadSectionResponse;
import io.omcid.codec.message.EmptyRequest;
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
import io.omcid.codec.message.TestLayout;
import io.omcid.codec.message.TestRequest;
import io.omcid.codec.message.TestResult;

import java.util.List;

/**
 * Prints a decoded frame as one JSON object in the project's decode form (docs/decode-json.md): header fields,
 * then the fields of its message type, attribute values as the hex of their wire octets keyed by index, and the
 * trailer status last.
 */
public final class OmciJson {

    private final MeCatalog catalog;

    public OmciJson(MeCatalog catalog) {
        this.catalog = catalog;
    }

    /** The object for an input line that is not hex at all. */
    public static String invalidHex(String line) {
        return new JsonWriter().beginObject().field("hex", line).field("ok", false)
                .field("error", "invalid hex: " + line).endObject().toString();
    }

    public String render(DecodeResult result) {
        JsonWriter json = new JsonWriter().beginObject();
        json.hexField("hex", result.frame());
        if (result instanceof DecodeResult.Failure failure) {
            return json.field("ok", false).field("error", failure.reason()).endObject().toString();
        }

        DecodeResult.Decoded decoded = (DecodeResult.Decoded) result;
        OmciMessage message = decoded.message();
        Header header = message.header();
        json.field("ok", true).field("tci", header.tci()).field("type", header.type().code())
                .field("ar", header.ar()).field("ak", header.ak()).field("deviceId", header.set().deviceId())
                .field("classId", header.classId()).field("instance", header.instance())
                .field("className", className(header.classId()));
        body(json, message);
        json.field("trailer", decoded.trailer().name().toLowerCase());
        return json.endObject().toString();
    }

    private String className(int classId) {
        MeClass meClass = catalog.find(classId);
        if (meClass != null) {
            return meClass.name();
        }
        return MeCatalog.isVendorSpecific(classId) ? "UnknownVendorSpecific" : "UnknownG988";
    }

    private void body(JsonWriter json, OmciMessage message) {
        int classId = message.header().classId();
        if (message instanceof EmptyRequest) {
            return;
        }
        if (message instanceof ResultResponse m) {
            json.field("result", m.result());
        } else if (message instanceof CreateRequest m) {
            attributes(json, m.values(), false);
        } else if (message instanceof CreateResponse m) {
            json.field("result", m.result());
            if (m.result() == 3) {
                json.field("executionMask", m.executionMask());
            }
        } else if (message instanceof SetRequest m) {
            attributes(json.field("attributeMask", m.values().mask()), m.values(), true);
        } else if (message instanceof SetResponse m) {
            json.field("result", m.result());
            masks(json, m.result(), m.optionalMask(), m.executionMask());
        } else if (message instanceof GetRequest m) {
            json.field("attributeMask", m.mask());
        } else if (message instanceof GetResponse m) {
            json.field("result", m.result()).field("attributeMask", m.values().mask());
            attributes(json, m.values(), true);
            masks(json, m.result(), m.optionalMask(), m.executionMask());
        } else if (message instanceof GetAllAlarmsRequest m) {
            json.field("alarmRetrievalMode", m.retrievalMode());
        } else if (message instanceof CountResponse m) {
            json.field("commands", m.commands());
        } else if (message instanceof SequenceRequest m) {
            json.field("sequence", m.sequence());
        } else if (message instanceof GetAllAlarmsNextResponse m) {
            alarmRecords(json, m.records());
        } else if (message instanceof MibUploadNextResponse m) {
            upload(json, m.records());
        } else if (message instanceof AlarmNotification m) {
            json.hexField("alarmBitmap", m.bitmap().toBytes()).field("alarmSequence", m.sequence());
        } else if (message instanceof AttributeValueChange m) {
            attributes(json.field("attributeMask", m.values().mask()), m.values(), true);
        } else if (message instanceof TestRequest m) {
            testRequest(json, classId, m.contents());
        } else if (message instanceof TestResult m) {
            testResult(json, classId, m.contents());
        } else if (message instanceof StartSoftwareDownloadRequest m) {
            json.field("windowSize", m.windowSize()).field("imageSize", m.imageSize())
                    .field("numberOfCircuitPacks", m.circuitPacks().size()).key("circuitPacks").beginArray();
            m.circuitPacks().forEach(pack -> json.value(pack));
            json.endArray();
        } else if (message instanceof StartSoftwareDownloadResponse m) {
            json.field("result", m.result()).field("windowSize", m.windowSize());
            instanceResults(json, m.instanceResults());
        } else if (message instanceof DownloadSectionRequest m) {
            json.field("sectionNumber", m.sectionNumber()).hexField("sectionData", m.data());
        } else if (message instanceof DownloadSectionResponse m) {
            json.field("result", m.result()).field("sectionNumber", m.sectionNumber());
        } else if (message instanceof EndSoftwareDownloadRequest m) {
            json.field("crc32", m.crc32()).field("imageSize", m.imageSize())
                    .field("numberOfInstances", m.imageInstances().size()).key("imageInstances").beginArray();
            m.imageInstances().forEach(instance -> json.value(instance));
            json.endArray();
        } else if (message instanceof EndSoftwareDownloadResponse m) {
            json.field("result", m.result());
            instanceResults(json, m.instanceResults());
        } else if (message instanceof ActivateSoftwareRequest m) {
            json.field("activateFlags", m.flags());
        } else if (message instanceof SynchronizeTimeRequest m) {
            if (m.time() != null) {
                json.field("year", m.time().year()).field("month", m.time().month()).field("day", m.time().day())
                        .field("hour", m.time().hour()).field("minute", m.time().minute())
                        .field("second", m.time().second());
            }
        } else if (message instanceof SynchronizeTimeResponse m) {
            json.field("result", m.result());
            boolean defined = m.header().set() == MessageSet.EXTENDED || m.result() == 0;
            if (m.successResults() >= 0 && defined) {
                json.field("successResults", m.successResults());
            }
        } else if (message instanceof RebootRequest m) {
            json.field("rebootCondition", m.condition());
        } else if (message instanceof GetNextRequest m) {
            json.field("attributeMask", m.mask()).field("sequence", m.sequence());
        } else if (message instanceof GetNextResponse m) {
            json.field("result", m.result()).field("attributeMask", m.values().mask());
            attributes(json, m.values(), true);
        } else if (message instanceof SetTableRequest m) {
            attributes(json.field("attributeMask", m.values().mask()), m.values(), true);
        }
    }

    private static void masks(JsonWriter json, int result, int optionalMask, int executionMask) {
        if (result == 9) {
            json.field("optionalMask", optionalMask).field("executionMask", executionMask);
        }
    }

    /** Known values keyed by index; a class the catalog lacks gives its raw octets instead. */
    private static void attributes(JsonWriter json, AttributeValues values, boolean withUnknown) {
        if (values.isUnknownClass()) {
            json.field("unknownMe", true).hexField("attributeData", values.unknownData());
            return;
        }
        json.key("attributes").beginObject();
        for (int index = 1; index <= 16; index++) {
            if (values.has(index)) {
                json.hexField(Integer.toString(index), values.bytes(index));
            }
        }
        json.endObject();
        if (withUnknown && values.unknownMask() != 0) {
            json.field("unknownAttributeMask", values.unknownMask()).hexField("unknownAttributeData",
                    values.unknownData());
        }
    }

    private void upload(JsonWriter json, List<MibUploadRecord> records) {
        json.key("upload").beginArray();
        for (MibUploadRecord record : records) {
            json.beginObject().field("classId", record.classId()).field("instance", record.instance())
                    .field("className", className(record.classId())).field("attributeMask", record.values().mask());
            attributes(json, record.values(), true);
            json.endObject();
        }
        json.endArray();
    }

    private static void alarmRecords(JsonWriter json, List<AlarmRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        AlarmRecord first = records.get(0);
        json.field("alarmClassId", first.classId()).field("alarmInstance", first.instance())
                .hexField("alarmBitmap", first.bitmap().toBytes());
        if (records.size() > 1) {
            json.key("additionalAlarms").beginArray();
            for (AlarmRecord record : records.subList(1, records.size())) {
                json.beginObject().field("alarmClassId", record.classId()).field("alarmInstance", record.instance())
                        .hexField("alarmBitmap", record.bitmap().toBytes()).endObject();
            }
            json.endArray();
        }
    }

    private static void instanceResults(JsonWriter json, List<InstanceResult> results) {
        json.field("numberOfInstances", results.size()).key("instanceResults").beginArray();
        for (InstanceResult result : results) {
            json.beginObject().field("instance", result.instance()).field("result", result.result()).endObject();
        }
        json.endArray();
    }

    /** G.988 A.2.27: ANI-G and its reach-extender relatives name an optical test; other classes carry octets. */
    private static void testRequest(JsonWriter json, int classId, byte[] contents) {
        if (TestLayout.isOptical(classId) && contents.length >= 5) {
            json.field("selectTest", TestLayout.field(contents, 0, 1))
                    .field("generalPurposeBuffer", TestLayout.field(contents, 1, 2))
                    .field("vendorSpecificParameters", TestLayout.field(contents, 3, 2));
        } else {
            json.hexField("testData", contents);
        }
    }

    /** G.988 A.3.28: the optical test result is five typed measurements and a buffer pointer. */
    private static void testResult(JsonWriter json, int classId, byte[] contents) {
        if (TestLayout.isOptical(classId) && contents.length >= 17) {
            String[] names = {"powerFeedVoltage", "receivedOpticalPower", "meanOpticalLaunch", "laserBiasCurrent",
                "temperature"};
            for (int i = 0; i < names.length; i++) {
                json.field(names[i] + "Type", TestLayout.field(contents, 3 * i, 1))
                        .field(names[i], TestLayout.field(contents, 3 * i + 1, 2));
            }
            json.field("generalPurposeBuffer", TestLayout.field(contents, 15, 2));
        } else {
            json.hexField("testData", contents);
        }
    }

    static String attributeName(MeClass meClass, int index) {
        AttributeDef def = meClass == null ? null : meClass.attribute(index);
        return def == null ? "attribute " + index : def.name();
    }
}
