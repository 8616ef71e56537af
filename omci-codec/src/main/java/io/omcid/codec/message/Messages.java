package io.omcid.codec.message;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

/** Copies of messages with another header, as a channel needs to give a request its TCI. */
public final class Messages {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private Messages() {
    }

    /** The same message with {@code header} in place of its own; the header's type must stay the same. */
    public static OmciMessage withHeader(OmciMessage message, Header header) {
        if (header.type() != message.type()) {
            throw new IllegalArgumentException("header type: " + header.type() + " (expected: " + message.type() + ")");
        }
        return SHAPES.get(message.getClass()).copy(message, header);
    }

    /** A response header answering a request. */
    public static Header responseTo(OmciMessage request) {
        return request.header().toResponse();
    }

    private record Shape(MethodHandle[] accessors, MethodHandle constructor) {

        static Shape of(Class<?> type) {
            try {
                RecordComponent[] components = type.getRecordComponents();
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle[] accessors = new MethodHandle[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = lookup.unreflect(components[i].getAccessor());
                    types[i] = components[i].getType();
                }
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, types.length);
                return new Shape(accessors, constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("message record " + type.getName(), e);
            }
        }

        OmciMessage copy(OmciMessage message, Header header) {
            try {
                Object[] values = new Object[accessors.length];
                values[0] = header;
                for (int i = 1; i < accessors.length; i++) {
                    values[i] = accessors[i].invoke(message);
                }
                return (OmciMessage) constructor.invoke(values);
            } catch (Throwable e) {
                throw new IllegalStateException("copy of " + message.getClass().getSimpleName(), e);
            }
        }
    }
}
