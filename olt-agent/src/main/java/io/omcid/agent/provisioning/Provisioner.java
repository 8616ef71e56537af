package io.omcid.agent.provisioning;

import io.omcid.agent.onu.Onu;
import io.omcid.agent.onu.OnuManager;
import io.omcid.agent.onu.OnuState;
import io.omcid.codec.catalog.AttributeDef;
import io.omcid.codec.catalog.MeCatalog;
import io.omcid.codec.catalog.MeClass;
import io.omcid.codec.message.AttributeValues;
import io.omcid.codec.message.CreateRequest;
import io.omcid.codec.message.CreateResponse;
import io.omcid.codec.message.EmptyRequest;
import io.omcid.codec.message.Header;
import io.omcid.codec.message.MessageSet;
import io.omcid.codec.message.MessageType;
import io.omcid.codec.message.OmciMessage;
import io.omcid.codec.message.Result;
import io.omcid.codec.message.ResultResponse;
import io.omcid.codec.message.SetRequest;
import io.omcid.codec.message.SetResponse;
import io.omcid.mib.MeKey;
import io.omcid.mib.Mib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Applies and removes services. A service becomes a plan of managed entities; the plan is compared with the ONU's
 * MIB, and only the difference is sent, one command after the other in dependency order. When the ONU refuses a
 * command, or the caller gives up between two commands, what the run created is deleted and what it changed is set
 * back, newest first. Runs on one ONU are serialised; runs on different ONUs go on side by side.
 */
public final class Provisioner {

    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);
    private static final int BASELINE_SET_VALUES = 30;
    private static final int UNASSIGNED_ALLOC = 0xFFFF;

    private final OnuManager onus;
    private final ServiceRegistry registry;
    private final MeCatalog catalog;
    private final Map<String, CompletableFuture<?>> tails = new ConcurrentHashMap<>();

    public Provisioner(OnuManager onus, ServiceRegistry registry, MeCatalog catalog) {
        this.onus = onus;
        this.registry = registry;
        this.catalog = catalog;
    }

    public ServiceRegistry registry() {
        return registry;
    }

    /** What a run did: the commands it sent and the entities that realise the service. */
    public record Outcome(int commandsSent, List<MeKey> entities, long omciNanos) {
    }

    /** Applies a service; {@code cancelled} is asked between commands. */
    public CompletableFuture<Outcome> apply(ServiceIntent intent, BooleanSupplier cancelled) {
        List<String> problems = intent.problems();
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new ProvisioningException(ProvisioningException.Kind.INVALID,
                    String.join("; ", problems)));
        }
        return serialised(intent.serial(), () -> {
            Onu onu = readyOnu(intent.serial());
            for (ServiceRegistry.Entry other : registry.list(intent.serial())) {
                if (other.intent().name().equals(intent.name())) {
                    continue;
                }
                for (ServiceIntent.GemPortIntent gem : intent.gemPorts()) {
                    boolean taken = other.intent().gemPorts().stream().anyMatch(g -> g.portId() == gem.portId());
                    if (taken) {
                        throw new ProvisioningException(ProvisioningException.Kind.INVALID, "GEM port id: "
                                + gem.portId() + " used by service " + other.intent().name() + " (expected: a GEM port "
                                + "id free on the ONU)");
                    }
                }
            }
            int slot = registry.slotFor(intent.serial(), intent.name());
            return onu.mib().thenCompose(mib -> {
                ServicePlan plan = ServicePlan.of(intent, slot, mib, catalog);
                List<Command> commands = commandsToApply(plan, mib, onu.messageSet());
                commands.forEach(command -> LOG.debug("{}: {} {}", onu, command.description(), command.request()));
                long[] waited = new long[1];
                return run(onu, commands, cancelled, true, waited).thenApply(sent -> {
                    registry.put(intent, slot);
                    LOG.info("{}: service {} applied, {} commands", onu, intent.name(), sent);
                    return new Outcome(sent, entities(plan), waited[0]);
                });
            });
        });
    }

    /** Removes a service and every entity it owns. */
    public CompletableFuture<Outcome> remove(String serial, String name, BooleanSupplier cancelled) {
        return serialised(serial, () -> {
            ServiceRegistry.Entry entry = registry.get(serial, name);
            if (entry == null) {
                throw new ProvisioningException(ProvisioningException.Kind.NOT_FOUND, "service " + name + " of ONU "
                        + serial + ": none (expected: a service applied to the ONU)");
            }
            Onu onu = readyOnu(serial);
            return onu.mib().thenCompose(mib -> {
                ServicePlan plan = ServicePlan.of(entry.intent(), entry.slot(), mib, catalog);
                List<Command> commands = commandsToRemove(entry, plan, mib, onu.messageSet());
                long[] waited = new long[1];
                return run(onu, commands, cancelled, false, waited).thenApply(sent -> {
                    registry.remove(serial, name);
                    LOG.info("{}: service {} removed, {} commands", onu, name, sent);
                    return new Outcome(sent, entities(plan), waited[0]);
                });
            });
        });
    }

    /** The entities a service's plan owns, in creation order. */
    public List<MeKey> entities(ServiceRegistry.Entry entry) {
        Onu onu = onus.bySerial(entry.intent().serial());
        if (onu == null || onu.state() != OnuState.READY) {
            return List.of();
        }
        return onu.readMib(mib -> {
            if (mib == null) {
                return List.<MeKey>of();
            }
            try {
                return entities(ServicePlan.of(entry.intent(), entry.slot(), mib, catalog));
            } catch (ProvisioningException e) {
                return List.<MeKey>of();
            }
        }).join();
    }

    private static List<MeKey> entities(ServicePlan plan) {
        Set<MeKey> keys = new LinkedHashSet<>();
        plan.steps.forEach(step -> keys.add(step.key()));
        return List.copyOf(keys);
    }

    private <T> CompletableFuture<T> serialised(String serial, java.util.function.Supplier<CompletableFuture<T>> run) {
        CompletableFuture<T> result = new CompletableFuture<>();
        tails.compute(serial, (key, tail) -> {
            CompletableFuture<?> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            return previous.handle((ignored, failure) -> null).thenCompose(ignored -> {
                CompletableFuture<T> step;
                try {
                    step = run.get();
                } catch (RuntimeException e) {
                    step = CompletableFuture.failedFuture(e);
                }
                step.whenComplete((value, failure) -> {
                    if (failure != null) {
                        result.completeExceptionally(unwrap(failure));
                    } else {
                        result.complete(value);
                    }
                });
                return step.handle((value, failure) -> null);
            });
        });
        return result;
    }

    private Onu readyOnu(String serial) {
        Onu onu = onus.bySerial(serial);
        if (onu == null) {
            throw new ProvisioningException(ProvisioningException.Kind.NOT_FOUND, "ONU " + serial
                    + ": unknown (expected: an ONU the daemon has discovered)");
        }
        if (onu.state() != OnuState.READY) {
            throw new ProvisioningException(ProvisioningException.Kind.NOT_READY, "ONU " + serial + ": "
                    + onu.state().name().toLowerCase() + " (expected: ready)");
        }
        return onu;
    }

    // planning

    /**
     * The commands that bring the MIB to the plan. Each step is applied to {@code view} so the next sees it: the
     * caller hands over its own copy of the ONU's MIB ({@link Onu#mib()}) and does not read it afterwards.
     */
    private List<Command> commandsToApply(ServicePlan plan, Mib view, MessageSet set) {
        Set<MeKey> created = new LinkedHashSet<>();
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < plan.steps.size(); i++) {
            Step step = plan.steps.get(i);
            // what a later step sets on the same entity (the mapper's p-bit pointers) is not compared here
            int laterMask = 0;
            for (Step later : plan.steps.subList(i + 1, plan.steps.size())) {
                laterMask |= later.key().equals(step.key()) ? later.then().knownMask() : 0;
            }
            MeKey key = step.key();
            MeClass meClass = catalog.find(key.classId());
            AttributeValues current = view.get(key);
            if (current == null && step.create() == null) {
                throw new ProvisioningException(ProvisioningException.Kind.CONFLICT, step.description() + ": entity "
                        + key + " absent (expected: an entity the ONU has)");
            }
            if (current == null) {
                commands.add(new Command("create " + step.description(), key, new CreateRequest(header(
                        MessageType.CREATE, set, key), step.create()), true, null));
                view.create(key, step.create());
                created.add(key);
                current = view.get(key);
            } else if (step.create() != null) {
                AttributeValues fixed = differing(meClass, step, without(step.create(), laterMask), current);
                if (fixed.knownMask() != 0) {
                    commands.addAll(sets(step, key, fixed, current, set, created.contains(key), meClass));
                    view.set(key, fixed);
                    current = view.get(key);
                }
            }
            AttributeValues changes = differing(meClass, step, step.then(), current);
            if (changes.knownMask() != 0) {
                commands.addAll(sets(step, key, changes, current, set, created.contains(key), meClass));
                view.set(key, changes);
            }
        }
        return commands;
    }

    private static AttributeValues without(AttributeValues values, int mask) {
        AttributeValues.Builder out = AttributeValues.builder();
        for (int index = 1; index <= 16; index++) {
            if (values.has(index) && (mask & AttributeDef.maskBit(index)) == 0) {
                out.put(index, values.bytes(index));
            }
        }
        return out.build();
    }

    /** The values of {@code wanted} that the entity does not hold; a different value nobody may write is a conflict. */
    private static AttributeValues differing(MeClass meClass, Step step, AttributeValues wanted,
                                             AttributeValues current) {
        AttributeValues.Builder out = AttributeValues.builder();
        for (int index = 1; index <= 16; index++) {
            if (!wanted.has(index)) {
                continue;
            }
            byte[] value = wanted.bytes(index);
            if (current.has(index) && Arrays.equals(current.bytes(index), value)) {
                continue;
            }
            AttributeDef def = meClass.attribute(index);
            if (!def.writable()) {
                throw new ProvisioningException(ProvisioningException.Kind.CONFLICT, step.description() + ": attribute "
                        + index + " (" + def.name() + ") is " + hex(current.bytes(index)) + " (expected: "
                        + hex(value) + "; remove what holds the entity first)");
            }
            out.put(index, value);
        }
        return out.build();
    }

    /** Set requests for the changes, cut so that each fits a baseline message. */
    private List<Command> sets(Step step, MeKey key, AttributeValues changes, AttributeValues current, MessageSet set,
                               boolean createdHere, MeClass meClass) {
        List<Command> out = new ArrayList<>();
        AttributeValues.Builder chunk = AttributeValues.builder();
        AttributeValues.Builder old = AttributeValues.builder();
        int octets = 0;
        for (int index = 1; index <= 16; index++) {
            if (!changes.has(index)) {
                continue;
            }
            if (set == MessageSet.BASELINE && octets + changes.length(index) > BASELINE_SET_VALUES) {
                out.add(setCommand(step, key, chunk.build(), old.build(), set, createdHere));
                chunk = AttributeValues.builder();
                old = AttributeValues.builder();
                octets = 0;
            }
            chunk.put(index, changes.bytes(index));
            if (current.has(index) && !meClass.attribute(index).table()) {
                old.put(index, current.bytes(index));
            }
            octets += changes.length(index);
        }
        out.add(setCommand(step, key, chunk.build(), old.build(), set, createdHere));
        return out;
    }

    private static Command setCommand(Step step, MeKey key, AttributeValues values, AttributeValues old,
                                      MessageSet set, boolean createdHere) {
        return new Command("set " + step.description(), key, new SetRequest(header(MessageType.SET, set, key), values),
                false, createdHere ? null : old);
    }

    private List<Command> commandsToRemove(ServiceRegistry.Entry entry, ServicePlan plan, Mib mib, MessageSet set) {
        List<Command> commands = new ArrayList<>();
        List<MeKey> owned = new ArrayList<>();
        for (Step step : plan.steps) {
            if (step.owned() && !owned.contains(step.key())) {
                owned.add(step.key());
            }
        }
        for (int i = owned.size() - 1; i >= 0; i--) {
            MeKey key = owned.get(i);
            if (mib.contains(key)) {
                commands.add(new Command("delete " + catalog.find(key.classId()).name() + " " + key.instance(), key,
                        new EmptyRequest(header(MessageType.DELETE, set, key)), false, null));
            }
        }
        boolean lastService = registry.list(entry.intent().serial()).stream().allMatch(other -> other == entry);
        MeKey gal = MeKey.of(272, ServicePlan.GAL_PROFILE);
        if (lastService && mib.contains(gal)) {
            commands.add(new Command("delete GAL Ethernet profile " + gal.instance(), gal,
                    new EmptyRequest(header(MessageType.DELETE, set, gal)), false, null));
        }
        boolean allocShared = registry.list(entry.intent().serial()).stream()
                .anyMatch(other -> other != entry && other.intent().allocId() == entry.intent().allocId());
        MeKey tcont = MeKey.of(262, plan.tcont);
        if (!allocShared && mib.contains(tcont) && mib.get(tcont).unsigned(1) == entry.intent().allocId()) {
            commands.add(new Command("set T-CONT " + plan.tcont + " alloc-id free", tcont, new SetRequest(
                    header(MessageType.SET, set, tcont), AttributeValues.builder().putUnsigned(1, 2, UNASSIGNED_ALLOC)
                    .build()), false, null));
        }
        return commands;
    }

    private static Header header(MessageType type, MessageSet set, MeKey key) {
        return Header.request(0, type, set, key.classId(), key.instance());
    }

    // running

    /** Sends the commands one after the other; on a refusal or cancellation undoes what was done (when asked to). */
    private CompletableFuture<Integer> run(Onu onu, List<Command> commands, BooleanSupplier cancelled,
                                           boolean undoOnFailure, long[] waited) {
        List<Command> done = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Command command : commands) {
            chain = chain.thenCompose(ignored -> {
                if (cancelled.getAsBoolean()) {
                    throw new CompletionException(new ProvisioningException(ProvisioningException.Kind.CANCELLED,
                            "cancelled before " + command.description() + " (expected: a caller that waits)"));
                }
                long sent = System.nanoTime();
                return onu.send(command.request(), false).thenAccept(response -> {
                    waited[0] += System.nanoTime() - sent;
                    int result = result(response);
                    if (result != 0) {
                        throw new CompletionException(refused(onu, command, response, result));
                    }
                    done.add(command);
                });
            });
        }
        return chain.handle((ignored, failure) -> failure).thenCompose(failure -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(done.size());
            }
            Throwable cause = unwrap(failure);
            if (!undoOnFailure || done.isEmpty()) {
                return CompletableFuture.failedFuture(cause);
            }
            LOG.warn("{}: provisioning stopped ({}), undoing {} commands", onu, cause.getMessage(), done.size());
            return undo(onu, done).handle((undone, undoFailure) -> {
                throw new CompletionException(cause);
            });
        });
    }

    private CompletableFuture<Void> undo(Onu onu, List<Command> done) {
        Set<MeKey> createdKeys = new LinkedHashSet<>();
        done.stream().filter(Command::creates).forEach(command -> createdKeys.add(command.key()));
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int i = done.size() - 1; i >= 0; i--) {
            Command command = done.get(i);
            OmciMessage undo;
            if (command.creates()) {
                undo = new EmptyRequest(header(MessageType.DELETE, onu.messageSet(), command.key()));
            } else if (command.previous() != null && command.previous().knownMask() != 0
                    && !createdKeys.contains(command.key())) {
                undo = new SetRequest(header(MessageType.SET, onu.messageSet(), command.key()), command.previous());
            } else {
                continue;
            }
            chain = chain.thenCompose(ignored -> onu.send(undo, false).handle((response, failure) -> {
                if (failure != null || result(response) != 0) {
                    LOG.warn("{}: undo of {} failed: {}", onu, command.description(),
                            failure != null ? failure.getMessage() : Result.describe(result(response)));
                }
                return null;
            }));
        }
        return chain;
    }

    private static int result(OmciMessage response) {
        if (response instanceof CreateResponse create) {
            return create.result();
        }
        if (response instanceof SetResponse set) {
            return set.result();
        }
        if (response instanceof ResultResponse plain) {
            return plain.result();
        }
        return 0;
    }

    private static ProvisioningException refused(Onu onu, Command command, OmciMessage response, int result) {
        int unsupported = response instanceof SetResponse set ? set.optionalMask() : 0;
        int failed = response instanceof SetResponse set ? set.executionMask()
                : response instanceof CreateResponse create ? create.executionMask() : 0;
        return new ProvisioningException(ProvisioningException.Kind.REFUSED, onu.serialNumber() + ": "
                + command.description() + ": " + Result.describe(result) + " (expected: success)",
                command.description(), command.key(), result, unsupported, failed);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String hex(byte[] octets) {
        return octets == null ? "absent" : java.util.HexFormat.of().formatHex(octets);
    }
}
