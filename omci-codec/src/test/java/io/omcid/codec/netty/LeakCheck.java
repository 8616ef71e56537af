package io.omcid.codec.netty;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/** Fails a test that left an unreleased Netty buffer behind. */
public final class LeakCheck implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> leaks = LeakRecorder.drain();
        if (!leaks.isEmpty()) {
            throw new AssertionError(leaks.size() + " buffer leak(s) in " + context.getDisplayName() + ":\n"
                    + String.join("\n", leaks));
        }
    }
}
