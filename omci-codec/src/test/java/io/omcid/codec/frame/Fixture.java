package io.omcid.codec.frame;

import io.omcid.codec.message.OmciMessage;

import java.util.HexFormat;

/**
 * A frame written out field by field, one field per line: hex octets, then {@code #} and what they are. A token
 * {@code XX*N} stands for N octets XX (zero padding, mostly).
 */
record Fixture(String name, String annotated, OmciMessage message) {

    byte[] bytes() {
        StringBuilder digits = new StringBuilder();
        for (String line : annotated.split("\n")) {
            int comment = line.indexOf('#');
            String code = comment >= 0 ? line.substring(0, comment) : line;
            for (String token : code.trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                int star = token.indexOf('*');
                digits.append(star < 0 ? token : token.substring(0,
                        star).repeat(Integer.parseInt(token.substring(star + 1))));
            }
        }
        return HexFormat.of().parseHex(digits.toString());
    }

    @Override
    public String toString() {
        return name;
    }
}
