package io.omcid.agent.channel;

import java.util.concurrent.atomic.AtomicLong;

/** What one ONU's OMCI channel has seen; read from any thread. */
public final class ChannelCounters {

    final AtomicLong requests = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong timeouts = new AtomicLong();
    final AtomicLong responses = new AtomicLong();
    final AtomicLong late = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong unmatched = new AtomicLong();
    final AtomicLong malformed = new AtomicLong();
    final AtomicLong autonomous = new AtomicLong();

    public long requests() {
        return requests.get();
    }

    public long retries() {
        return retries.get();
    }

    public long timeouts() {
        return timeouts.get();
    }

    public long responses() {
        return responses.get();
    }

    /** Responses to requests that had already timed out. */
    public long late() {
        return late.get();
    }

    /** Second responses to requests already answered. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Responses that match no request. */
    public long unmatched() {
        return unmatched.get();
    }

    /** Frames that did not decode. */
    public long malformed() {
        return malformed.get();
    }

    /** Alarms, attribute value changes and test results. */
    public long autonomous() {
        return autonomous.get();
    }

    @Override
    public String toString() {
        return "requests " + requests + ", retries " + retries + ", timeouts " + timeouts + ", late " + late
                + ", duplicates " + duplicates + ", unmatched " + unmatched + ", malformed " + malformed;
    }
}
