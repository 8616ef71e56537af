package io.omcid.codec.catalog;

import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.GetRequest;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.SetRequest;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestValidatorTest {

    private final RequestValidator strict = new RequestValidator(MeCatalog.standard(), false);

    private static Header header(MessageType type, int classId) {
        return Header.request(1, type, MessageSet.BASELINE, classId, 1);
    }

    @Test
    void aWellFormedSetPasses() {
        SetRequest set = new SetRequest(header(MessageType.SET, 256),
                AttributeValues.builder().putUnsigned(7, 1, 1).build());
        assertThat(strict.problems(set)).isEmpty();
    }

    @Test
    void aSetOfAReadOnlyAttributeIsRefused() {
        SetRequest set = new SetRequest(header(MessageType.SET, 256),
                AttributeValues.builder().putString(1, 4, "ABCD").build());
        assertThat(strict.problems(set)).containsExactly(
                "attribute 1 (VendorId) of OnuG: read-only (expected: a writable attribute)");
    }

    @Test
    void aValueOfTheWrongSizeIsRefused() {
        SetRequest set = new SetRequest(header(MessageType.SET, 256),
                AttributeValues.builder().putUnsigned(7, 2, 1).build());
        assertThatThrownBy(() -> strict.check(set))
                .hasMessage("attribute 7 (AdministrativeState) of OnuG: 2 octets (expected: 1)");
    }

    @Test
    void aCreateMustCarryExactlyTheSetByCreateAttributes() {
        CreateRequest partial = new CreateRequest(header(MessageType.CREATE, 268),
                AttributeValues.builder().putUnsigned(1, 2, 1024).build());
        assertThat(strict.problems(partial)).containsExactly(
                "create attributes of GemPortNetworkCtp: mask 0x8000 (expected: the set-by-create attributes, 0xfac0)");
    }

    @Test
    void anActionTheClassDoesNotAcceptIsRefused() {
        assertThat(strict.problems(new EmptyRequest(header(MessageType.DELETE, 256))))
                .singleElement().asString().startsWith("delete on class 256 OnuG (expected: one of [");
    }

    @Test
    void unknownAttributesAndClasses() {
        assertThat(strict.problems(new GetRequest(header(MessageType.GET, 2), 0x4000)))
                .singleElement().asString().startsWith("attribute 2 of OnuData: not defined");
        assertThat(strict.problems(new GetRequest(header(MessageType.GET, 65300), 0x8000)))
                .containsExactly("managed entity class: 65300 (expected: a class of the catalog)");
        assertThat(new RequestValidator(MeCatalog.standard(), true)
                .problems(new GetRequest(header(MessageType.GET, 65300), 0x8000))).isEmpty();
        assertThat(HexFormat.of().formatHex(AttributeValues.builder().putString(1, 4, "AB").build().bytes(1)))
                .isEqualTo("41420000");
    }
}
