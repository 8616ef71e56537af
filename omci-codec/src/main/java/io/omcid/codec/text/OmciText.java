package io.omcid.codec.text;

import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.frame.DecodeResult;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.Result;

import java.lang.reflect.RecordComponent;
import java.util.HexFormat;

/**
 * A one-line readable form of a decoded frame for people: header, managed entity by name, result by name, then the
 * message's fields, attribute values named and typed by the catalog.
 */
public final class OmciText {

    private final MeCatalog catalog;

    public OmciText(MeCatalog catalog) {
        this.catalog = catalog;
    }

    public String render(DecodeResult result) {
        if (result instanceof DecodeResult.Failure failure) {
            return "bad frame: " + failure.reason() + " [" + HexFormat.of().formatHex(failure.frame()) + "]";
        }
        DecodeResult.Decoded decoded = (DecodeResult.Decoded) result;
        OmciMessage message = decoded.message();
        Header header = message.header();
        MeClass meClass = catalog.find(header.classId());
        StringBuilder text = new StringBuilder();
        text.append(String.format("tci 0x%04x %s %s%s %s(%d) instance %d", header.tci(),
                header.set().name().toLowerCase(), header.type(),
                header.ak() ? " response" : header.ar() ? " request" : "",
                meClass == null ? "unknown class" : meClass.name(), header.classId(), header.instance()));
        for (RecordComponent component : message.getClass().getRecordComponents()) {
            if (component.getName().equals("header")) {
                continue;
            }
            text.append("  ").append(component.getName()).append(' ');
            text.append(value(component, message, meClass));
        }
        return text.append("  trailer ").append(decoded.trailer().name().toLowerCase()).toString();
    }

    private String value(RecordComponent component, OmciMessage message, MeClass meClass) {
        Object value;
        try {
            value = component.getAccessor().invoke(message);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessor " + component.getName(), e);
        }
        if (component.getName().equals("result") && value instanceof Integer code) {
            return Result.describe(code);
        }
        if (value instanceof AttributeValues values) {
            return attributes(values, meClass);
        }
        if (value instanceof byte[] octets) {
            return HexFormat.of().formatHex(octets);
        }
        if (value instanceof Integer number && component.getName().toLowerCase().endsWith("mask")) {
            return String.format("0x%04x", number);
        }
        return String.valueOf(value);
    }

    private static String attributes(AttributeValues values, MeClass meClass) {
        StringBuilder text = new StringBuilder(String.format("0x%04x {", values.mask()));
        String separator = "";
        for (int index = 1; index <= 16; index++) {
            if (!values.has(index)) {
                continue;
            }
            Object typed = values.typed(index, meClass);
            String shown = typed instanceof byte[] octets ? HexFormat.of().formatHex(octets)
                    : typed instanceof String s ? '"' + s + '"' : String.valueOf(typed);
            text.append(separator).append(OmciJson.attributeName(meClass, index)).append('=').append(shown);
            separator = ", ";
        }
        byte[] unknown = values.unknownData();
        if (unknown != null) {
            text.append(separator).append("unknown=").append(HexFormat.of().formatHex(unknown));
        }
        return text.append('}').toString();
    }
}
