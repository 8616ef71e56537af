package io.omcid.codec.frame;

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
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.MibUploadNextResponse;
import io.omcid.codec.message.MibUploadRecord;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.OmciTime;
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
import io.omcid.codec.message.TestResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static io.omcid.codec.message.MessageSet.BASELINE;
import static io.omcid.codec.message.MessageSet.EXTENDED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One table per message type: each row a frame annotated field by field as G.988 annexes A and C lay it out, and
 * the typed message it is. Every row must decode to its message and its message must encode to the same octets.
 */
class MessageFixturesTest {

    private static final OmciDecoder DECODER = new OmciDecoder();
    private static final OmciEncoder ENCODER = new OmciEncoder(FrameFormat.NO_TRAILER);

    private static Header req(int tci, MessageType type, MessageSet set, int classId, int instance) {
        return Header.request(tci, type, set, classId, instance);
    }

    private static Header rsp(int tci, MessageType type, MessageSet set, int classId, int instance) {
        return req(tci, type, set, classId, instance).toResponse();
    }

    private static byte[] hex(String digits) {
        return HexFormat.of().parseHex(digits);
    }

    private static void check(Fixture fixture) {
        byte[] frame = fixture.bytes();
        DecodeResult result = DECODER.decode(frame);
        assertThat(result).as(fixture.name()).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(((DecodeResult.Decoded) result).message()).isEqualTo(fixture.message());
        assertThat(HexFormat.of().formatHex(ENCODER.encode(fixture.message())))
                .isEqualTo(HexFormat.of().formatHex(frame));
    }

    static Stream<Fixture> create() {
        return Stream.of(
                new Fixture("create GEM port network CTP", """
                        000c 44 0a 010c 0100   # tci 12, create (AR), baseline, class 268, instance 256
                        0400                   # 1 port id 1024
                        8000                   # 2 T-CONT pointer 0x8000
                        03                     # 3 direction: bidirectional
                        0100                   # 4 traffic management pointer upstream
                        0000                   # 5 traffic descriptor profile pointer upstream
                        0000                   # 7 priority queue pointer downstream
                        0000                   # 9 traffic descriptor profile pointer downstream
                        00                     # 10 encryption key ring
                        00*18                  # padding to 32 contents octets
                        """, new CreateRequest(req(12, MessageType.CREATE, BASELINE, 268, 256),
                        AttributeValues.builder().put(1, hex("0400")).put(2, hex("8000")).put(3, hex("03"))
                                .put(4, hex("0100")).put(5, hex("0000")).put(7, hex("0000")).put(9, hex("0000"))
                                .put(10, hex("00")).build())),
                new Fixture("create response, success", """
                        000c 24 0a 010c 0100   # tci 12, create response (AK)
                        00                     # result: success
                        00*31
                        """, new CreateResponse(rsp(12, MessageType.CREATE, BASELINE, 268, 256), 0, 0)),
                new Fixture("create response, parameter error", """
                        4001 24 0a 010c 0001   # tci 0x4001, create response
                        03                     # result: parameter error
                        4000                   # attribute execution mask: attribute 2 failed
                        00*29
                        """, new CreateResponse(rsp(0x4001, MessageType.CREATE, BASELINE, 268, 1), 3, 0x4000)));
    }

    static Stream<Fixture> delete() {
        return Stream.of(
                new Fixture("delete", """
                        0211 46 0a 00ab 0202   # tci 529, delete (AR), extended VLAN tagging op, instance 514
                        00*32
                        """, new EmptyRequest(req(529, MessageType.DELETE, BASELINE, 171, 514))),
                new Fixture("delete response, unknown instance", """
                        0211 26 0a 00ab 0202   # delete response
                        05                     # result: unknown managed entity instance
                        00*31
                        """, new ResultResponse(rsp(529, MessageType.DELETE, BASELINE, 171, 514), 5)));
    }

    static Stream<Fixture> set() {
        return Stream.of(
                new Fixture("set ONU-G administrative state", """
                        0107 48 0a 0100 0000   # tci 263, set (AR), ONU-G
                        0200                   # mask: attribute 7
                        01                     # 7 administrative state: locked
                        00*29
                        """, new SetRequest(req(263, MessageType.SET, BASELINE, 256, 0),
                        AttributeValues.builder().put(7, hex("01")).build())),
                new Fixture("set response, attributes failed", """
                        3004 28 0a 0100 0000   # set response
                        09                     # result: attribute(s) failed or unknown
                        0001                   # optional-attribute mask: attribute 16 unsupported
                        0200                   # attribute execution mask: attribute 7 failed
                        00*27
                        """, new SetResponse(rsp(0x3004, MessageType.SET, BASELINE, 256, 0), 9, 1, 0x200)),
                new Fixture("extended set response, parameter error", """
                        3006 28 0b 0100 0000   # set response, extended
                        0001                   # contents length 1
                        03                     # result: parameter error
                        """, new SetResponse(rsp(0x3006, MessageType.SET, EXTENDED, 256, 0), 3, 0, 0)));
    }

    static Stream<Fixture> get() {
        return Stream.of(
                new Fixture("get ANI-G", """
                        035e 49 0a 0107 0000   # tci 862, get (AR), ANI-G
                        0044                   # mask: attributes 10 and 14
                        00*30
                        """, new GetRequest(req(862, MessageType.GET, BASELINE, 263, 0), 0x44)),
                new Fixture("get response ANI-G", """
                        035e 29 0a 0107 0000   # get response
                        00                     # result: success
                        0044                   # mask
                        dbcb                   # 10 optical signal level
                        05f1                   # 14 transmit optical level
                        00*25
                        """, new GetResponse(rsp(862, MessageType.GET, BASELINE, 263, 0), 0,
                        AttributeValues.builder().put(10, hex("dbcb")).put(14, hex("05f1")).build(), 0, 0)),
                new Fixture("get response, result 9, masks at the end", """
                        2001 29 0a 0100 0000   # get response, ONU-G
                        09                     # result: attribute(s) failed or unknown
                        c000                   # mask: attributes 1 and 2
                        41424344               # 1 vendor id "ABCD"
                        00*14                  # 2 version
                        00*7                   # unused
                        0001                   # optional-attribute mask
                        0002                   # attribute execution mask
                        """, new GetResponse(rsp(0x2001, MessageType.GET, BASELINE, 256, 0), 9,
                        AttributeValues.builder().put(1, hex("41424344")).put(2, new byte[14]).build(), 1, 2)),
                new Fixture("get response of a table: its size", """
                        2004 29 0a 00ab 0001   # get response, extended VLAN tagging op
                        00                     # result: success
                        0400                   # mask: attribute 6, the received frame tagging table
                        00000040               # table size: 64 octets, four rows
                        00*25
                        """, new GetResponse(rsp(0x2004, MessageType.GET, BASELINE, 171, 1), 0,
                        AttributeValues.builder().put(6, hex("00000040")).build(), 0, 0)),
                new Fixture("extended get response", """
                        0005 29 0b 0100 0000   # get response, extended
                        000b                   # contents length 11
                        00                     # result
                        8000                   # mask: attribute 1
                        0000 0000              # optional-attribute and execution masks, always present
                        41424344               # 1 vendor id
                        """, new GetResponse(rsp(5, MessageType.GET, EXTENDED, 256, 0), 0,
                        AttributeValues.builder().put(1, hex("41424344")).build(), 0, 0)));
    }

    static Stream<Fixture> getAllAlarms() {
        return Stream.of(
                new Fixture("get all alarms", """
                        0445 4b 0a 0002 0000   # get all alarms (AR), ONU data
                        01                     # retrieval mode: not under alarm reporting control
                        00*31
                        """, new GetAllAlarmsRequest(req(0x445, MessageType.GET_ALL_ALARMS, BASELINE, 2, 0), 1)),
                new Fixture("get all alarms response", """
                        0445 2b 0a 0002 0000   # get all alarms response
                        0003                   # three next commands follow
                        00*30
                        """, new CountResponse(rsp(0x445, MessageType.GET_ALL_ALARMS, BASELINE, 2, 0), 3)));
    }

    static Stream<Fixture> getAllAlarmsNext() {
        return Stream.of(
                new Fixture("get all alarms next", """
                        0234 4c 0a 0002 0000   # get all alarms next (AR)
                        0003                   # sequence number 3
                        00*30
                        """, new SequenceRequest(req(0x234, MessageType.GET_ALL_ALARMS_NEXT, BASELINE, 2, 0), 3)),
                new Fixture("get all alarms next response", """
                        0234 2c 0a 0002 0000   # get all alarms next response
                        000b 0102              # alarmed entity: PPTP Ethernet UNI 258
                        80 00*27               # bitmap: alarm 0 (LAN LOS)
                        """, new GetAllAlarmsNextResponse(rsp(0x234, MessageType.GET_ALL_ALARMS_NEXT, BASELINE, 2, 0),
                        List.of(new AlarmRecord(11, 258, AlarmBitmap.ofAlarms(0))))),
                new Fixture("extended get all alarms next response, two entities", """
                        6001 2c 0b 0002 0000   # extended response
                        0040                   # contents length 64
                        000b 0101 80 00*27     # PPTP Ethernet UNI 257: alarm 0
                        0107 0000 00 40 00*26  # ANI-G: alarm 9
                        """, new GetAllAlarmsNextResponse(rsp(0x6001, MessageType.GET_ALL_ALARMS_NEXT, EXTENDED, 2, 0),
                        List.of(new AlarmRecord(11, 257, AlarmBitmap.ofAlarms(0)),
                                new AlarmRecord(263, 0, AlarmBitmap.ofAlarms(9))))));
    }

    static Stream<Fixture> mibUpload() {
        return Stream.of(
                new Fixture("MIB upload", """
                        0360 4d 0a 0002 0000   # MIB upload (AR), ONU data
                        00*32
                        """, new EmptyRequest(req(0x360, MessageType.MIB_UPLOAD, BASELINE, 2, 0))),
                new Fixture("MIB upload response", """
                        0360 2d 0a 0002 0000   # MIB upload response
                        0112                   # 274 upload next commands
                        00*30
                        """, new CountResponse(rsp(0x360, MessageType.MIB_UPLOAD, BASELINE, 2, 0), 274)));
    }

    static Stream<Fixture> mibUploadNext() {
        return Stream.of(
                new Fixture("MIB upload next", """
                        0286 4e 0a 0002 0000   # MIB upload next (AR)
                        003a                   # sequence number 58
                        00*30
                        """, new SequenceRequest(req(0x286, MessageType.MIB_UPLOAD_NEXT, BASELINE, 2, 0), 58)),
                new Fixture("MIB upload next response, circuit pack type", """
                        0286 2e 0a 0002 0000   # MIB upload next response
                        0006 0101              # circuit pack, instance 257
                        8000                   # mask: attribute 1
                        2f                     # 1 type: 47
                        00*25
                        """, new MibUploadNextResponse(rsp(0x286, MessageType.MIB_UPLOAD_NEXT, BASELINE, 2, 0),
                        List.of(new MibUploadRecord(6, 257, AttributeValues.builder().put(1, hex("2f")).build())))),
                new Fixture("extended MIB upload next response, two entities", """
                        5004 2e 0b 0002 0000   # extended response
                        001f                   # contents length 31
                        0001 0002 0000 8000 01 # 1 octet of values: ONU data, MIB data sync 1
                        000e 0100 0000 4000    # 14 octets: ONU-G, attribute 2
                        41*14                  # 2 version "AAAAAAAAAAAAAA"
                        """, new MibUploadNextResponse(rsp(0x5004, MessageType.MIB_UPLOAD_NEXT, EXTENDED, 2, 0),
                        List.of(new MibUploadRecord(2, 0, AttributeValues.builder().put(1, hex("01")).build()),
                                new MibUploadRecord(256, 0, AttributeValues.builder().put(2, hex("41".repeat(14)))
                                        .build())))));
    }

    static Stream<Fixture> mibReset() {
        return Stream.of(
                new Fixture("MIB reset", """
                        0109 4f 0a 0002 0000   # MIB reset (AR)
                        00*32
                        """, new EmptyRequest(req(0x109, MessageType.MIB_RESET, BASELINE, 2, 0))),
                new Fixture("MIB reset response", """
                        0109 2f 0a 0002 0000   # MIB reset response
                        00                     # success
                        00*31
                        """, new ResultResponse(rsp(0x109, MessageType.MIB_RESET, BASELINE, 2, 0), 0)));
    }

    static Stream<Fixture> alarm() {
        return Stream.of(
                new Fixture("alarm notification", """
                        0000 10 0a 000b 0104   # tci 0, alarm notification, PPTP Ethernet UNI 260
                        80 00*27               # bitmap: alarm 0
                        000000                 # padding
                        05                     # alarm sequence number 5
                        """, new AlarmNotification(Header.autonomous(MessageType.ALARM, BASELINE, 11, 260),
                        AlarmBitmap.ofAlarms(0), 5)),
                new Fixture("extended alarm notification", """
                        0000 10 0b 000b 0104   # extended alarm notification
                        001d                   # contents length 29
                        00 00 00 01 00*24      # bitmap: alarm 31
                        ff                     # alarm sequence number 255
                        """, new AlarmNotification(Header.autonomous(MessageType.ALARM, EXTENDED, 11, 260),
                        AlarmBitmap.ofAlarms(31), 255)));
    }

    static Stream<Fixture> attributeValueChange() {
        return Stream.of(new Fixture("attribute value change", """
                0000 11 0a 0007 0000   # tci 0, AVC, software image 0
                8000                   # mask: attribute 1
                4d4c2d33363236 00*7    # 1 version "ML-3626"
                00*16
                """, new AttributeValueChange(Header.autonomous(MessageType.ATTRIBUTE_VALUE_CHANGE, BASELINE, 7, 0),
                AttributeValues.builder().put(1, hex("4d4c2d3336323600000000000000")).build())));
    }

    static Stream<Fixture> test() {
        return Stream.of(
                new Fixture("optical test of ANI-G", """
                        0ddd 52 0a 0107 8001   # test (AR), ANI-G 0x8001
                        01                     # select test: self test
                        1234                   # general purpose buffer pointer
                        5678                   # vendor-specific parameters pointer
                        00*27
                        """, new TestRequest(req(0xddd, MessageType.TEST, BASELINE, 263, 0x8001),
                        hex("0112345678" + "00".repeat(27)))),
                new Fixture("test response", """
                        0001 32 0a 0100 0000   # test response
                        00                     # success
                        00*31
                        """, new ResultResponse(rsp(1, MessageType.TEST, BASELINE, 256, 0), 0)));
    }

    static Stream<Fixture> testResult() {
        return Stream.of(new Fixture("optical test result", """
                0000 1b 0a 0107 8001   # tci 0, test result, ANI-G
                01 0034                # power feed voltage
                03 0067                # received optical power
                05 0091                # mean optical launch power
                09 0034                # laser bias current
                0c 0067                # temperature
                8901                   # general purpose buffer pointer
                00*15
                """, new TestResult(Header.autonomous(MessageType.TEST_RESULT, BASELINE, 263, 0x8001),
                hex("0100340300670500910900340c00678901" + "00".repeat(15)))));
    }

    static Stream<Fixture> startSoftwareDownload() {
        return Stream.of(
                new Fixture("start software download", """
                        0004 53 0a 0007 0001   # start software download (AR), software image 1
                        ff                     # window size - 1: 256 sections a window
                        000f4240               # image size: 1,000,000 octets
                        01                     # one circuit pack
                        0001                   # its instance
                        00*24
                        """, new StartSoftwareDownloadRequest(req(4, MessageType.START_SOFTWARE_DOWNLOAD, BASELINE,
                        7, 1), 255, 1_000_000, List.of(1))),
                new Fixture("start software download response", """
                        7005 33 0a 0007 0001   # response
                        00                     # success
                        1f                     # window size granted - 1
                        02                     # two instances
                        0000 00                # instance 0: success
                        0001 06                # instance 1: device busy
                        00*23
                        """, new StartSoftwareDownloadResponse(rsp(0x7005, MessageType.START_SOFTWARE_DOWNLOAD,
                        BASELINE, 7, 1), 0, 31, List.of(new InstanceResult(0, 0), new InstanceResult(1, 6)))));
    }

    static Stream<Fixture> downloadSection() {
        byte[] data = hex("0102030405060708091011121314151617181920212223242526272829303100");
        return Stream.of(
                new Fixture("download section without acknowledgement", """
                        0008 14 0a 0007 0001   # download section, no AR: not the last of the window
                        cc                     # section number 204
                        01020304050607080910111213141516171819202122232425262728293031  # 31 octets of data
                        """, new DownloadSectionRequest(new Header(8, MessageType.DOWNLOAD_SECTION, false, false,
                        BASELINE, 7, 1), 204, java.util.Arrays.copyOf(data, 31))),
                new Fixture("download section response", """
                        0022 34 0a 0007 0001   # download section response
                        06                     # device busy
                        1f                     # section 31
                        00*30
                        """, new DownloadSectionResponse(rsp(0x22, MessageType.DOWNLOAD_SECTION, BASELINE, 7, 1),
                        6, 31)));
    }

    static Stream<Fixture> endSoftwareDownload() {
        return Stream.of(
                new Fixture("end software download", """
                        8100 55 0a 0007 0001   # end software download (AR), high priority
                        ff92a226               # CRC-32 of the image
                        000f4240               # image size
                        01                     # one instance
                        0001                   # software image 1
                        00*21
                        """, new EndSoftwareDownloadRequest(req(0x8100, MessageType.END_SOFTWARE_DOWNLOAD, BASELINE,
                        7, 1), 0xff92a226L, 1_000_000, List.of(1))),
                new Fixture("end software download response", """
                        7006 35 0a 0007 0001   # response
                        00                     # success
                        02                     # two instances
                        0000 00                # instance 0: success
                        0001 03                # instance 1: parameter error
                        00*24
                        """, new EndSoftwareDownloadResponse(rsp(0x7006, MessageType.END_SOFTWARE_DOWNLOAD, BASELINE,
                        7, 1), 0, List.of(new InstanceResult(0, 0), new InstanceResult(1, 3)))));
    }

    static Stream<Fixture> activateSoftware() {
        return Stream.of(
                new Fixture("activate software", """
                        0009 56 0a 0007 0001   # activate software (AR)
                        02                     # only if no voice call is up
                        00*31
                        """, new ActivateSoftwareRequest(req(9, MessageType.ACTIVATE_SOFTWARE, BASELINE, 7, 1), 2)),
                new Fixture("activate software response", """
                        0009 36 0a 0007 0001   # response
                        06                     # device busy
                        00*31
                        """, new ResultResponse(rsp(9, MessageType.ACTIVATE_SOFTWARE, BASELINE, 7, 1), 6)));
    }

    static Stream<Fixture> commitSoftware() {
        return Stream.of(
                new Fixture("commit software", """
                        0011 57 0a 0007 0001   # commit software (AR)
                        00*32
                        """, new EmptyRequest(req(0x11, MessageType.COMMIT_SOFTWARE, BASELINE, 7, 1))),
                new Fixture("commit software response", """
                        00aa 37 0a 0007 0001   # response
                        00                     # success
                        00*31
                        """, new ResultResponse(rsp(0xaa, MessageType.COMMIT_SOFTWARE, BASELINE, 7, 1), 0)));
    }

    static Stream<Fixture> synchronizeTime() {
        return Stream.of(
                new Fixture("synchronize time", """
                        0109 58 0a 0100 0000   # synchronize time (AR), ONU-G
                        07e2 0c 01             # 2018-12-01
                        01 30 1b               # 01:48:27
                        00*25
                        """, new SynchronizeTimeRequest(req(0x109, MessageType.SYNCHRONIZE_TIME, BASELINE, 256, 0),
                        new OmciTime(2018, 12, 1, 1, 48, 27))),
                new Fixture("synchronize time response", """
                        0109 38 0a 0100 0000   # response
                        00                     # success
                        00                     # success results
                        00*30
                        """, new SynchronizeTimeResponse(rsp(0x109, MessageType.SYNCHRONIZE_TIME, BASELINE, 256, 0),
                        0, 0)));
    }

    static Stream<Fixture> reboot() {
        return Stream.of(
                new Fixture("reboot", """
                        0001 59 0a 0100 0000   # reboot (AR), ONU-G
                        01                     # unless a POTS call is up
                        00*31
                        """, new RebootRequest(req(1, MessageType.REBOOT, BASELINE, 256, 0), 1)),
                new Fixture("reboot response", """
                        023c 39 0a 0100 0000   # response
                        00                     # success
                        00*31
                        """, new ResultResponse(rsp(0x23c, MessageType.REBOOT, BASELINE, 256, 0), 0)));
    }

    static Stream<Fixture> getNext() {
        return Stream.of(
                new Fixture("get next", """
                        285e 5a 0a 00ab 0202   # get next (AR), extended VLAN tagging op 514
                        0400                   # mask: attribute 6
                        0001                   # piece 1
                        00*28
                        """, new GetNextRequest(req(0x285e, MessageType.GET_NEXT, BASELINE, 171, 514), 0x400, 1)),
                new Fixture("get next response", """
                        285e 3a 0a 00ab 0202   # response
                        00                     # success
                        0400                   # mask
                        0803340000 00*24       # 29 octets of the table
                        """, new GetNextResponse(rsp(0x285e, MessageType.GET_NEXT, BASELINE, 171, 514), 0,
                        AttributeValues.builder().put(6, hex("0803340000" + "00".repeat(24))).build())));
    }

    static Stream<Fixture> getCurrentData() {
        return Stream.of(
                new Fixture("get current data", """
                        035e 5c 0a 01a9 0000   # get current data (AR), Ethernet frame extended PM 64-bit
                        0044                   # mask: attributes 10 and 14
                        00*30
                        """, new GetRequest(req(862, MessageType.GET_CURRENT_DATA, BASELINE, 425, 0), 0x44)),
                new Fixture("get current data response", """
                        035e 3c 0a 01a9 0000   # response
                        00                     # success
                        0044                   # mask
                        123456781234dbcb       # 10 a 64-bit counter
                        432187654321dac1       # 14 another
                        00*13
                        """, new GetResponse(rsp(862, MessageType.GET_CURRENT_DATA, BASELINE, 425, 0), 0,
                        AttributeValues.builder().put(10, hex("123456781234dbcb")).put(14, hex("432187654321dac1"))
                                .build(), 0, 0)));
    }

    static Stream<Fixture> setTable() {
        return Stream.of(
                new Fixture("set table, two rows", """
                        7008 5d 0b 00ab 0001   # set table (AR), extended only, extended VLAN tagging op
                        0022                   # contents length 34
                        0400                   # mask: attribute 6
                        f8000000e8000000c00f0000000f0000  # row 1
                        f8000000e8000000c00f0000000f0000  # row 2
                        """, new SetTableRequest(req(0x7008, MessageType.SET_TABLE, EXTENDED, 171, 1),
                        AttributeValues.builder().put(6, hex("f8000000e8000000c00f0000000f0000".repeat(2))).build())),
                new Fixture("set table response", """
                        7008 3d 0b 00ab 0001   # response
                        0001                   # contents length 1
                        00                     # success
                        """, new ResultResponse(rsp(0x7008, MessageType.SET_TABLE, EXTENDED, 171, 1), 0)));
    }

    @ParameterizedTest(name = "{0}") @MethodSource void create(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void delete(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void set(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void get(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void getAllAlarms(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void getAllAlarmsNext(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void mibUpload(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void mibUploadNext(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void mibReset(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void alarm(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void attributeValueChange(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void test(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void testResult(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void startSoftwareDownload(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void downloadSection(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void endSoftwareDownload(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void activateSoftware(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void commitSoftware(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void synchronizeTime(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void reboot(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void getNext(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void getCurrentData(Fixture f) { check(f); }
    @ParameterizedTest(name = "{0}") @MethodSource void setTable(Fixture f) { check(f); }
}
