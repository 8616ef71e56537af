package io.omcid.agent.sim;

/**
 * How a simulated ONU misbehaves, for tests and benchmarks. Rates are probabilities from 0 to 1, drawn per frame.
 *
 * @param latencyMillis   delay before each response
 * @param lossRate        a request is lost on its way in, or a response on its way out (each with this rate)
 * @param duplicateRate   a response is sent twice
 * @param lateRate        a response comes {@code lateMillis} after it should
 * @param lateMillis      how late a late response is
 * @param corruptRate     a response has one bit flipped
 * @param rebootKeepsMib  whether a reboot keeps the MIB, as ONUs with persistent MIB storage do
 */
public record FaultPlan(long latencyMillis, double lossRate, double duplicateRate, double lateRate, long lateMillis,
                        double corruptRate, boolean rebootKeepsMib) {

    public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, 0, 0, true);

    public FaultPlan {
        rate("loss", lossRate);
        rate("duplicate", duplicateRate);
        rate("late", lateRate);
        rate("corrupt", corruptRate);
        if (latencyMillis < 0 || lateMillis < 0) {
            throw new IllegalArgumentException("fault delay: " + Math.min(latencyMillis, lateMillis)
                    + " ms (expected: 0 or more)");
        }
    }

    public static FaultPlan latency(long millis) {
        return new FaultPlan(millis, 0, 0, 0, 0, 0, true);
    }

    public FaultPlan withLoss(double rate) {
        return new FaultPlan(latencyMillis, rate, duplicateRate, lateRate, lateMillis, corruptRate, rebootKeepsMib);
    }

    public FaultPlan withDuplicates(double rate) {
        return new FaultPlan(latencyMillis, lossRate, rate, lateRate, lateMillis, corruptRate, rebootKeepsMib);
    }

    public FaultPlan withLate(double rate, long millis) {
        return new FaultPlan(latencyMillis, lossRate, duplicateRate, rate, millis, corruptRate, rebootKeepsMib);
    }

    public FaultPlan withCorruption(double rate) {
        return new FaultPlan(latencyMillis, lossRate, duplicateRate, lateRate, lateMillis, rate, rebootKeepsMib);
    }

    public FaultPlan withRebootKeepingMib(boolean keeps) {
        return new FaultPlan(latencyMillis, lossRate, duplicateRate, lateRate, lateMillis, corruptRate, keeps);
    }

    private static void rate(String what, double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException(what + " rate: " + rate + " (expected: 0 to 1)");
        }
    }
}
