/** Printed forms of decoded frames: the decode JSON of docs/decode-json.md and a one-line text form for people. */
package io.omcid.codec.text;
