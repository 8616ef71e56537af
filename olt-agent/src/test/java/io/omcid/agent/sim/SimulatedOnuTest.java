package io.omcid.agent.sim;

import io.omcid.agent.southbound.OnuAddress;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CountResponse;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.CreateResponse;
import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.GetResponse;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.MibUploadNextResponse;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.SequenceRequest;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetResponse;
import io.omcid.mib.MeKey;
import io.omcid.mib.model.OnuModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated ONU's answers, with the G.988 results a real ONU gives. */
class SimulatedOnuTest {

    private final SimulatedOnu onu = new SimulatedOnu(new OnuAddress(0, 1), OnuModel.XGS_4PORT, 1,
            MeCatalog.standard());

    private static Header header(MessageType type, int classId, int instance) {
        return Header.request(9, type, MessageSet.BASELINE, classId, instance);
    }

    private static AttributeValues gemPort() {
        return AttributeValues.builder().putUnsigned(1, 2, 1024).putUnsigned(2, 2, 0x8000).putUnsigned(3, 1, 3)
                .putUnsigned(4, 2, 0).putUnsigned(5, 2, 0).putUnsigned(7, 2, 0).putUnsigned(9, 2, 0)
                .putUnsigned(10, 1, 0).build();
    }

    @Test
    void createsCountAndRefuseWhatExists() {
        CreateRequest create = new CreateRequest(header(MessageType.CREATE, 268, 1), gemPort());
        assertThat(((CreateResponse) onu.respond(create)).result()).isZero();
        assertThat(onu.mds()).isEqualTo(1);
        CreateRequest again = new CreateRequest(header(MessageType.CREATE, 268, 1).withTci(10), gemPort());
        assertThat(((CreateResponse) onu.respond(again)).result()).as("instance exists").isEqualTo(7);
        assertThat(onu.mds()).isEqualTo(1);
    }

    @Test
    void aRetransmissionGetsTheSameResponseAndIsNotCarriedOutTwice() {
        CreateRequest create = new CreateRequest(header(MessageType.CREATE, 268, 1), gemPort());
        assertThat(((CreateResponse) onu.respond(create)).result()).isZero();
        assertThat(((CreateResponse) onu.respond(create)).result()).isZero();
        assertThat(onu.mds()).isEqualTo(1);
    }

    @Test
    void aCreateWithoutItsSetByCreateAttributesIsAParameterError() {
        CreateResponse response = (CreateResponse) onu.respond(new CreateRequest(header(MessageType.CREATE, 268, 2),
                AttributeValues.builder().putUnsigned(1, 2, 1).build()));
        assertThat(response.result()).isEqualTo(3);
        assertThat(response.executionMask()).isEqualTo(0x7AC0);
    }

    @Test
    void unknownEntitiesInstancesAndActions() {
        assertThat(((GetResponse) onu.respond(new GetRequest(header(MessageType.GET, 65300, 0), 0x8000))).result())
                .as("unknown managed entity").isEqualTo(4);
        assertThat(((GetResponse) onu.respond(new GetRequest(header(MessageType.GET, 268, 9), 0x8000))).result())
                .as("unknown instance").isEqualTo(5);
        assertThat(((ResultResponse) onu.respond(new EmptyRequest(header(MessageType.DELETE, 256, 0)))).result())
                .as("not supported").isEqualTo(2);
    }

    @Test
    void aSetOfReadOnlyAndUndefinedAttributesFailsThemWithTheirMasks() {
        SetRequest set = new SetRequest(header(MessageType.SET, 256, 0), AttributeValues.builder()
                .putString(1, 4, "ABCD").putUnsigned(7, 1, 1).build());
        SetResponse response = (SetResponse) onu.respond(set);
        assertThat(response.result()).isEqualTo(9);
        assertThat(response.executionMask()).isEqualTo(0x8000);
        assertThat(onu.mib().get(MeKey.of(256, 0)).unsigned(7)).isEqualTo(1);
    }

    @Test
    void getGivesWhatFitsAndFailsTheRest() {
        GetResponse response = (GetResponse) onu.respond(new GetRequest(header(MessageType.GET, 256, 0), 0xE000));
        assertThat(response.result()).isEqualTo(9);
        assertThat(response.values().string(1)).isEqualTo("OMCD");
        assertThat(response.values().string(2)).isEqualTo("V2.1.0");
        assertThat(response.executionMask()).isEqualTo(0x2000);
    }

    @Test
    void theUploadCoversTheWholeMibInPiecesThatFit() {
        int commands = ((CountResponse) onu.respond(new EmptyRequest(header(MessageType.MIB_UPLOAD, 2, 0))))
                .commands();
        int records = 0;
        for (int i = 0; i < commands; i++) {
            MibUploadNextResponse next = (MibUploadNextResponse) onu.respond(new SequenceRequest(
                    header(MessageType.MIB_UPLOAD_NEXT, 2, 0), i));
            assertThat(next.records()).hasSize(1);
            assertThat(next.records().get(0).values().wireLength()).isLessThanOrEqualTo(26);
            records++;
        }
        assertThat(records).isGreaterThan(onu.mib().size());
    }

    @Test
    void aBaselineOnlyOnuIgnoresExtendedRequests() {
        SimulatedOnu gpon = new SimulatedOnu(new OnuAddress(0, 2), OnuModel.GPON_1PORT, 2, MeCatalog.standard());
        assertThat(gpon.respond(new GetRequest(Header.request(1, MessageType.GET, MessageSet.EXTENDED, 2, 0),
                0x8000))).isNull();
    }

    @Test
    void alarmsCarrySequenceNumbers() {
        assertThat(onu.alarm(MeKey.of(11, 0x0101), 0, true, MessageSet.BASELINE).sequence()).isEqualTo(1);
        assertThat(onu.alarm(MeKey.of(11, 0x0101), 0, false, MessageSet.BASELINE).sequence()).isEqualTo(2);
        assertThat(onu.activeAlarms()).isEmpty();
    }
}
