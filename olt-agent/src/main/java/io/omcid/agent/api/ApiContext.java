package io.omcid.agent.api;

import io.omcid.agent.OltAgent;
import io.omcid.agent.capture.FrameRecorder;
import io.omcid.agent.onu.Onu;
import io.omcid.agent.onu.OnuState;
import io.omcid.agent.sim.SimulatedPon;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.RequestValidator;

import java.util.regex.Pattern;

/** What the API services share: the daemon, the catalog, the event hub, the simulated PON and the recorder if any. */
public record ApiContext(OltAgent agent, MeCatalog catalog, EventHub events, SimulatedPon simulator,
                         FrameRecorder recorder) {

    public ApiContext(OltAgent agent, MeCatalog catalog, EventHub events, SimulatedPon simulator) {
        this(agent, catalog, events, simulator, null);
    }

    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9]{4}[0-9A-Fa-f]{8}");

    RequestValidator validator() {
        return new RequestValidator(catalog, false);
    }

    /** The ONU of a serial number: INVALID_ARGUMENT when malformed, NOT_FOUND when unknown. */
    Onu onu(String serial) {
        if (serial == null || !SERIAL.matcher(serial).matches()) {
            throw ApiErrors.invalid("serial number: '" + serial + "' (expected: 4 vendor characters and 8 hex digits)");
        }
        Onu onu = agent.onus().bySerial(serial.substring(0, 4) + serial.substring(4).toUpperCase());
        if (onu == null) {
            throw ApiErrors.notFound("ONU " + serial + ": unknown (expected: an ONU the daemon has discovered)");
        }
        return onu;
    }

    /** The ONU, which must be ready: FAILED_PRECONDITION otherwise. */
    Onu readyOnu(String serial) {
        Onu onu = onu(serial);
        if (onu.state() != OnuState.READY) {
            throw ApiErrors.notReady("ONU " + serial + ": " + onu.state().name().toLowerCase() + " (expected: ready)");
        }
        return onu;
    }
}
